package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import org.escrowbootstrap.model.WindowButtons;

/**
 * The title-bar buttons of {@code --windowbuttons}, drawn by FlatLaf over the top of the content.
 *
 * <p>swiftDialog's window has no visible title bar; with the option, macOS draws its buttons over the content. Here
 * FlatLaf draws a title bar of its own (the same on every system, and present even where no window manager draws
 * frames) with only the buttons asked for, laid over the content so the dialog keeps its size and looks as its
 * screenshot. swiftDialog greys out a button left off the list; FlatLaf can only leave it out.
 */
final class WindowTitleBar {

    private WindowTitleBar() {}

    /** Gives {@code frame}, not yet shown, the buttons in {@code buttons}, or no title bar when it names none. */
    static void apply(JFrame frame, WindowButtons buttons) {
        JRootPane root = frame.getRootPane();
        if (!buttons.any()) {
            return; // as it was built: no title bar
        }
        root.putClientProperty(FlatClientProperties.FULL_WINDOW_CONTENT, true);
        root.putClientProperty(FlatClientProperties.TITLE_BAR_SHOW_TITLE, false);
        root.putClientProperty(FlatClientProperties.TITLE_BAR_SHOW_ICON, false);
        root.putClientProperty(FlatClientProperties.TITLE_BAR_SHOW_ICONIFFY, buttons.minimise());
        root.putClientProperty(FlatClientProperties.TITLE_BAR_SHOW_MAXIMIZE, buttons.maximise());
        root.putClientProperty(FlatClientProperties.TITLE_BAR_SHOW_CLOSE, buttons.close());
        // FlatLaf offers maximise only on a resizable window; without it the dialog keeps its size
        frame.setResizable(buttons.maximise());
        root.setWindowDecorationStyle(JRootPane.FRAME);
    }
}
