package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.ui.FlatTextBorder;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.JPasswordField;
import javax.swing.JRootPane;
import javax.swing.JTextField;
import org.escrowbootstrap.model.DialogSpec;

/**
 * Paints a dialog into a PNG without a screen: the same content component the window shows, laid out at the
 * window's size and painted at twice that size, so the image is as crisp as a Retina screenshot.
 *
 * <p>Works with {@code -Djava.awt.headless=true} and no display at all ({@code --screenshot FILE.png}, the escrow
 * preview, tests). A width or height given in percent is taken of a 1440 × 900 screen when there is no screen.
 * The picture shows the screen as it opens: button 1 disabled when the spec or a visible timer bar says so,
 * the first field focused, the timer full, pictures that could not be read replaced by placeholders (reported to the warning sink).
 */
public final class DialogRenderer {

    /** Pixels per point in the PNG: 2, as a Retina display, for sharp text and icons. */
    public static final double SCALE = 2.0;

    private DialogRenderer() {}

    /**
     * Renders {@code spec} to a PNG at {@link #SCALE}; never throws for bad input: an unwritable path comes back as
     * a failed result with a one-line reason.
     *
     * @param warnings receives one line per unreadable picture; called from this thread
     */
    public static RenderResult renderPng(DialogSpec spec, Path file, Consumer<String> warnings) {
        String unwritable = unwritable(file);
        if (unwritable != null) {
            return RenderResult.failed(unwritable);
        }
        return encode(render(spec, SCALE, warnings), file);
    }

    /**
     * Writes an image {@link #render} made to a PNG; never throws for bad input, as {@link #renderPng}. Safe on any
     * thread: a preview encodes one screen while the next is drawn.
     */
    public static RenderResult writePng(BufferedImage image, Path file) {
        String unwritable = unwritable(file);
        return unwritable != null ? RenderResult.failed(unwritable) : encode(image, file);
    }

    /** Writes the PNG once {@code file} has been checked. */
    private static RenderResult encode(BufferedImage image, Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            PngFile.write(image, absolute.toFile());
        } catch (IOException | SecurityException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return RenderResult.failed("cannot write " + file + ": " + reason);
        }
        return RenderResult.written(absolute, image.getWidth(), image.getHeight());
    }

    /** Why {@code file} cannot be written, checked before anything is drawn; null when it looks writable. */
    private static String unwritable(Path file) {
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "cannot write " + file + ": the folder " + parent + " does not exist";
        }
        if (Files.isDirectory(absolute)) {
            return "cannot write " + file + ": it is a folder";
        }
        return null;
    }

    /**
     * Starts loading what a render needs (fonts, parsers, classes) on background threads; optional, as {@link
     * #render} does it anyway. Call it as early as possible, once {@code java.awt.headless} is settled.
     */
    public static void prepare() {
        Warmup.forDisplay();
    }

    /** Renders {@code spec} into an image {@code scale} times the window size. */
    public static BufferedImage render(DialogSpec spec, double scale, Consumer<String> warnings) {
        Warmup.forDisplay();
        Warmup.forScreen(spec);
        Theme.install(spec.window().appearance());
        ScreenText text = ScreenText.start(spec); // parsed while the pictures load
        ScreenImages images = ScreenImages.now(spec, new ImageLoader(warnings));
        AtomicReference<BufferedImage> result = new AtomicReference<>();
        Theme.onEdt(() -> result.set(paint(spec, images, text, scale)));
        return result.get();
    }

    /**
     * What the screen of {@code spec} cuts off or makes the user scroll to, laid out as {@link #render} lays it
     * out: one line per region (empty when everything shows), for tests and the preview's warnings.
     */
    public static List<String> clipping(DialogSpec spec, Consumer<String> warnings) {
        Warmup.forDisplay();
        Theme.install(spec.window().appearance());
        ScreenImages images = ScreenImages.now(spec, new ImageLoader(warnings));
        AtomicReference<List<String>> result = new AtomicReference<>();
        Theme.onEdt(() -> result.set(
                Clipping.of(laidOut(spec, images, ScreenText.start(spec)).getContentPane())));
        return result.get();
    }

    /**
     * What the screen of {@code spec} cuts off for good, laid out as {@link #render} lays it out: texts too small
     * for their space, parts outside their region; what scrolls is not counted. Empty when nothing is cut.
     */
    static List<String> cutOff(DialogSpec spec) {
        Warmup.forDisplay();
        Theme.install(spec.window().appearance());
        ScreenImages images = ScreenImages.now(spec, new ImageLoader(warning -> {}));
        AtomicReference<List<String>> result = new AtomicReference<>();
        Theme.onEdt(() -> result.set(
                Clipping.cutOff(laidOut(spec, images, ScreenText.start(spec)).getContentPane())));
        return result.get();
    }

    /** The screen of {@code spec} laid out as {@link #render} lays it out, for tests that look at its parts. */
    static DialogContent laidOut(DialogSpec spec) {
        Warmup.forDisplay();
        Theme.install(spec.window().appearance());
        ScreenImages images = ScreenImages.now(spec, new ImageLoader(warning -> {}));
        AtomicReference<DialogContent> result = new AtomicReference<>();
        Theme.onEdt(() -> result.set(
                (DialogContent) laidOut(spec, images, ScreenText.start(spec)).getContentPane()));
        return result.get();
    }

    /** The screen in a root pane of the window's size (grown to fit when the spec asks), laid out. */
    private static JRootPane laidOut(DialogSpec spec, ScreenImages images, ScreenText text) {
        // a full-screen dialog is drawn at a fixed screen size, so that its picture does not depend on the machine
        Dimension size = spec.fullScreen()
                ? WindowPlacement.VIRTUAL_SCREEN.getSize()
                : WindowPlacement.size(spec.window(), screen());
        DialogContent content = new DialogContent(spec, images, text, size, uri -> {});
        content.growToFit(screen().height);
        size = content.getPreferredSize();
        JRootPane root = new JRootPane();
        root.setContentPane(content);
        ButtonStates.initial(spec, content, root);
        if (content.fields() != null) {
            // The window opens with the keyboard in the first field: paint its focus ring, as the window shows it.
            // (FlatLaf's own focus test also asks which window is active, which a picture has no business with.)
            // An editor's ring is its scroll pane's, which FlatLaf draws by itself.
            if (content.fields().firstField() instanceof JTextField first) {
                first.setBorder(new FlatTextBorder() {
                    @Override
                    protected boolean isFocused(Component c) {
                        return true;
                    }
                });
            }
            // A password field's Caps Lock hint asks the keyboard, which a headless toolkit cannot answer.
            content.fields().rows().stream()
                    .flatMap(row -> row.inputs().stream())
                    .filter(JPasswordField.class::isInstance)
                    .forEach(field -> field.putClientProperty(FlatClientProperties.STYLE, "showCapsLock: false"));
        }
        root.setSize(size);
        // Without a window there is no peer to validate against: lay the tree out by hand, twice, because wrapped
        // text only knows its height once its width is known.
        for (int pass = 0; pass < 2; pass++) {
            layoutTree(root);
        }
        Dimension fitted = content.getPreferredSize();
        if (fitted.height != size.height) {
            size = fitted; // the window grows the same way to hold its selects and check boxes
            root.setSize(size);
            for (int pass = 0; pass < 2; pass++) {
                layoutTree(root);
            }
        }
        return root;
    }

    private static BufferedImage paint(DialogSpec spec, ScreenImages images, ScreenText text, double scale) {
        JRootPane root = laidOut(spec, images, text);
        Dimension size = root.getSize();
        PngFile.Canvas canvas = PngFile.canvas(size.width, size.height, scale);
        Graphics2D g = canvas.graphics();
        try {
            root.printAll(g);
        } finally {
            g.dispose();
        }
        return canvas.image();
    }

    private static void layoutTree(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layoutTree(child);
            }
        }
    }

    private static Rectangle screen() {
        if (GraphicsEnvironment.isHeadless()) {
            return WindowPlacement.VIRTUAL_SCREEN;
        }
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }
}
