package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JWindow;

/**
 * The backdrop of {@code --blurscreen}: a dark veil over every screen, under the dialog, that keeps the user's eyes
 * (and clicks) on the dialog. Used on the Swing thread only.
 *
 * <p>swiftDialog blurs what lies behind with macOS's visual-effect view. Java cannot: it never sees other programs'
 * windows, and translucency itself depends on the desktop's compositor. So the veil is dark and translucent where
 * the screen device supports translucent windows, and dark and opaque where it does not (a bare X server). The
 * windows cannot take the focus, and a click on them brings the dialog back to the front.
 */
final class ScreenBackdrop {

    /** Each backdrop window's name, for tests. */
    static final String NAME = "blurScreen";

    private final List<JWindow> windows = new ArrayList<>();

    boolean showing() {
        return !windows.isEmpty();
    }

    /** Covers every screen and puts {@code dialog} above the veil; nothing happens when it is already up. */
    void show(Window dialog) {
        if (showing() || GraphicsEnvironment.isHeadless()) {
            return;
        }
        for (GraphicsDevice device :
                GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            windows.add(veil(device, dialog));
        }
        for (JWindow veil : windows) {
            veil.setVisible(true);
        }
        // Both float above other programs; the one raised last is on top, and that must be the dialog.
        dialog.setAlwaysOnTop(true);
        dialog.toFront();
    }

    /** Takes the veil away; the dialog floats only if {@code keepOnTop} ({@code --ontop}). */
    void hide(Window dialog, boolean keepOnTop) {
        for (JWindow veil : windows) {
            veil.dispose();
        }
        windows.clear();
        if (dialog != null) {
            dialog.setAlwaysOnTop(keepOnTop);
        }
    }

    private static JWindow veil(GraphicsDevice device, Window dialog) {
        GraphicsConfiguration config = device.getDefaultConfiguration();
        JWindow veil = new JWindow(config);
        veil.setName(NAME);
        veil.setFocusableWindowState(false);
        veil.setAutoRequestFocus(false);
        veil.setAlwaysOnTop(true);
        veil.setBounds(config.getBounds());
        veil.getAccessibleContext().setAccessibleName("Screen backdrop");
        JPanel pane = new JPanel();
        if (device.isWindowTranslucencySupported(GraphicsDevice.WindowTranslucency.TRANSLUCENT)) {
            pane.setBackground(Look.colour("backdrop.colour", Color.BLACK));
            veil.setOpacity(Math.max(0f, Math.min(1f, Look.number("backdrop.alpha", 0.6f))));
        } else {
            pane.setBackground(Look.colour("backdrop.opaqueColour", Color.DARK_GRAY));
        }
        veil.setContentPane(pane);
        pane.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                dialog.toFront();
            }
        });
        return veil;
    }
}
