package org.escrowbootstrap.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Desktop;
import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.LayoutFocusTraversalPolicy;
import javax.swing.SwingUtilities;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ProgressSpec;

/**
 * The one window of a run: a frame without a title bar (as swiftDialog's) whose content each new screen
 * replaces in place, keeping the window where it is. Used on the Swing thread only.
 */
final class DialogWindow {

    static final String NAME = "escrowDialog";

    private final JFrame frame = new JFrame();
    private final ScreenBackdrop backdrop = new ScreenBackdrop();
    private final Consumer<String> links;
    private DialogContent content;
    private ScreenController controller;
    private DialogContent pending;
    private ScreenController pendingController;
    private DialogSpec pendingSpec;
    private ScreenImages pendingImages;
    private ScreenImages images;
    private ImageLoader loader;
    private Point dragStart;
    private boolean dragEnabled;

    DialogWindow(Consumer<String> links) {
        this.links = links;
        frame.setName(NAME);
        frame.setUndecorated(true);
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                if (controller != null) {
                    controller.windowClosing();
                }
            }
        });
        frame.setFocusTraversalPolicy(new LayoutFocusTraversalPolicy() {
            @Override
            public Component getDefaultComponent(Container container) {
                JComponent first = controller != null ? controller.initialFocus() : null;
                return first != null ? first : super.getDefaultComponent(container);
            }
        });
        installQuitHandler();
    }

    JFrame frame() {
        return frame;
    }

    /**
     * Builds the screen for {@code spec} without showing it yet, so the window can be prepared while its
     * pictures are still loading; {@link #reveal()} then puts it on screen.
     */
    void prepare(DialogSpec spec, ScreenImages images, ScreenText text, Consumer<DialogResult> onEnd) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Dimension size = spec.fullScreen() ? fullScreenBounds().getSize() : WindowPlacement.size(spec.window(), screen);
        pending = new DialogContent(spec, images, text, size, uri -> links.accept(uri.toString()));
        pending.growToFit(screen.height);
        pendingController = new ScreenController(spec, pending, frame.getRootPane(), onEnd, links);
        pendingSpec = spec;
        pendingImages = images;
    }

    /** The loader for pictures a live update asks for (a new icon); set by the presenter. */
    void useLoader(ImageLoader value) {
        loader = value;
    }

    DialogContent content() {
        return content;
    }

    ScreenController controller() {
        return controller;
    }

    /**
     * Replaces the screen on display with one built for {@code spec}, keeping its timer and its outcome: a live
     * update that changes the layout (a new message, an icon, a size). Pictures that did not change are reused, so
     * nothing flickers while a new one loads.
     */
    void rebuild(DialogSpec spec) {
        if (content == null) {
            return;
        }
        DialogSpec before = content.spec();
        ScreenImages next = ScreenImages.reuse(images, before, spec, loader);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Dimension size = spec.fullScreen() ? fullScreenBounds().getSize() : WindowPlacement.size(spec.window(), screen);
        DialogContent rebuilt =
                new DialogContent(spec, next, ScreenText.onDemand(), size, uri -> links.accept(uri.toString()));
        ScreenController successor = controller.successor(spec, rebuilt);
        java.awt.Component focused = frame.getFocusOwner();
        JComponent refocus = carryFieldsOver(content, rebuilt, focused);
        if (content.listPanel() != null && rebuilt.listPanel() != null) {
            rebuilt.listPanel().keepSelection(content.listPanel());
        }
        if (content.choices() != null && rebuilt.choices() != null) {
            rebuilt.choices().keepState(content.choices());
        }
        content = rebuilt;
        controller = successor;
        images = next;
        installDrag(content);
        Rectangle bounds = frame.getBounds();
        frame.setContentPane(content);
        controller.start();
        Dimension now = frame.getPreferredSize();
        if (spec.fullScreen()) {
            frame.setBounds(fullScreenBounds());
        } else if (!now.equals(bounds.getSize())
                || !spec.window().position().equals(before.window().position())) {
            Point corner = spec.window().position().equals(before.window().position())
                    ? new Point((int) bounds.getCenterX() - now.width / 2, (int) bounds.getCenterY() - now.height / 2)
                    : WindowPlacement.location(spec.window().position(), now, screen);
            frame.setBounds(new Rectangle(WindowPlacement.clamp(corner, now, screen), now));
        }
        frame.setTitle(spec.title() == null || spec.title().isBlank() ? "Escrow Bootstrap" : spec.title());
        frame.revalidate();
        frame.repaint();
        showBackdrop(spec);
        JComponent first = refocus != null ? refocus : focused == null ? controller.initialFocus() : null;
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    /**
     * Moves what the user has typed into the rebuilt screen's fields, when the fields are the same: a script that
     * changes the message must not wipe a half-filled form. The documents move, not their text, so a secure value is
     * never copied into a String. Returns the field that should have the focus again, or null.
     */
    private static JComponent carryFieldsOver(DialogContent from, DialogContent to, java.awt.Component focused) {
        FieldsPanel old = from.fields();
        FieldsPanel now = to.fields();
        if (old == null || now == null || !from.spec().fields().equals(to.spec().fields())) {
            return null;
        }
        JComponent refocus = null;
        for (int i = 0; i < old.rows().size(); i++) {
            var before = old.rows().get(i).inputs();
            var after = now.rows().get(i).inputs();
            for (int j = 0; j < Math.min(before.size(), after.size()); j++) {
                after.get(j).setDocument(before.get(j).getDocument());
                after.get(j).setCaretPosition(before.get(j).getCaretPosition());
                if (before.get(j) == focused) {
                    refocus = after.get(j);
                }
            }
        }
        return refocus;
    }

    /** Shows the prepared screen, replacing the one on display; the window opens on the first call. */
    void reveal() {
        if (pending == null) {
            return;
        }
        if (controller != null) {
            controller.stop();
        }
        wipeSecrets(); // whatever the screen going away was still holding
        DialogSpec spec = pendingSpec;
        content = pending;
        controller = pendingController;
        images = pendingImages;
        pending = null;
        pendingController = null;
        pendingSpec = null;
        pendingImages = null;
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        dragEnabled = spec.window().moveable();
        installDrag(content);
        frame.setTitle(spec.title() == null || spec.title().isBlank() ? "Escrow Bootstrap" : spec.title());
        frame.setAlwaysOnTop(spec.window().onTop());
        boolean opening = !frame.isVisible();
        Rectangle before = frame.getBounds();
        frame.setContentPane(content);
        controller.start();
        if (opening) {
            WindowTitleBar.apply(frame, spec.window().buttons());
            frame.pack();
            if (spec.fullScreen()) {
                frame.setBounds(fullScreenBounds());
            } else {
                frame.setLocation(WindowPlacement.location(spec.window().position(), frame.getSize(), screen));
            }
            frame.setVisible(true);
            frame.toFront();
            showBackdrop(spec);
            setAppIconsLater();
        } else {
            Dimension now = frame.getPreferredSize();
            if (spec.fullScreen()) {
                frame.setBounds(fullScreenBounds());
            } else if (!now.equals(before.getSize())) {
                // Keep the window's centre where it was, so a taller screen grows evenly and stays in view.
                Point centre = new Point((int) before.getCenterX(), (int) before.getCenterY());
                Point corner = new Point(centre.x - now.width / 2, centre.y - now.height / 2);
                frame.setBounds(new Rectangle(WindowPlacement.clamp(corner, now, screen), now));
            }
            frame.revalidate();
            frame.repaint();
            showBackdrop(spec);
        }
        JComponent first = controller.initialFocus();
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    /**
     * The whole of the screen device the window is on (the default one before it opens), task bars and menu bar
     * included, as swiftDialog's full-screen view covers its screen.
     */
    private Rectangle fullScreenBounds() {
        GraphicsConfiguration config = frame.isDisplayable()
                ? frame.getGraphicsConfiguration()
                : GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getDefaultScreenDevice()
                        .getDefaultConfiguration();
        return config.getBounds();
    }

    void updateProgress(ProgressSpec progress) {
        if (content != null) {
            content.setProgress(progress);
            content.revalidate();
            content.repaint();
        }
    }

    void dispose() {
        if (controller != null) {
            controller.stop();
        }
        wipeSecrets();
        backdrop.hide(null, false);
        frame.dispose();
    }

    /** Takes the {@code --blurscreen} veil away while the window is hidden ({@code hide:}). */
    void hideBackdrop() {
        if (backdrop.showing() && content != null) {
            backdrop.hide(frame, content.spec().window().onTop());
        }
    }

    /** The {@code --blurscreen} veil as {@code spec} asks: put up (the window above it) or taken away. */
    void showBackdrop(DialogSpec spec) {
        if (spec.window().blurScreen()) {
            backdrop.show(frame);
            frame.setAlwaysOnTop(true); // reveal() set it from --ontop alone
        } else if (backdrop.showing()) {
            backdrop.hide(frame, spec.window().onTop());
        }
    }

    private void wipeSecrets() {
        if (content != null && content.fields() != null) {
            content.fields().wipeSecrets();
        }
    }

    /** Dragging the window by its background, when the spec makes it moveable. */
    private void installDrag(JComponent target) {
        MouseAdapter drag = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                dragStart = dragEnabled ? e.getLocationOnScreen() : null;
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (dragStart != null) {
                    Point now = e.getLocationOnScreen();
                    Point at = frame.getLocation();
                    frame.setLocation(at.x + now.x - dragStart.x, at.y + now.y - dragStart.y);
                    dragStart = now;
                }
            }
        };
        target.addMouseListener(drag);
        target.addMouseMotionListener(drag);
    }

    /** On macOS Cmd+Q goes to the application's quit handler: it becomes the quit key instead of exit 0. */
    private void installQuitHandler() {
        // Linux desktops have no application quit handler, and asking for the desktop there loads GTK (tens of
        // milliseconds on the Swing thread, before the first paint or while the user types): not asked at all.
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_QUIT_HANDLER)) {
            Desktop.getDesktop().setQuitHandler((event, response) -> {
                response.cancelQuit();
                SwingUtilities.invokeLater(() -> {
                    if (controller != null) {
                        controller.quitRequested();
                    }
                });
            });
        }
    }

    /**
     * The app icon in the task bar or Dock, drawn from our SVG on a background thread once the window is on its
     * way (about 90 ms of SVG work that would otherwise delay the first paint) and handed to the window after.
     */
    private void setAppIconsLater() {
        Thread thread = new Thread(
                () -> {
                    List<Image> icons = appIcons();
                    SwingUtilities.invokeLater(() -> frame.setIconImages(icons));
                },
                "escrow-app-icons");
        thread.setDaemon(true);
        thread.start();
    }

    private static List<Image> appIcons() {
        Artwork art = Symbols.builtin("default");
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 64, 128}) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            var g = image.createGraphics();
            art.paint(g, new Rectangle2D.Double(0, 0, size, size));
            g.dispose();
            icons.add(image);
        }
        return icons;
    }

    /** A link in the message or the info button's action. */
    static Consumer<String> linkHandler(LinkOpener opener, Consumer<String> warnings) {
        return link -> {
            URI uri;
            try {
                uri = new URI(link);
            } catch (java.net.URISyntaxException e) {
                warnings.accept("cannot open the link " + link + ": it is not a valid URL");
                return;
            }
            Thread thread = new Thread(
                    () -> {
                        try {
                            opener.open(uri);
                        } catch (java.io.IOException | RuntimeException e) {
                            warnings.accept("cannot open the link " + link + ": " + e.getMessage());
                        }
                    },
                    "escrow-link-opener");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
