package org.escrowbootstrap.ui;

import java.awt.AWTException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Notification;

/**
 * Posts a notification through the desktop's system tray ({@link TrayIcon#displayMessage}): Windows shows it as a
 * toast, desktops with a tray area as a balloon. The icon stays in the tray for {@link #SHOWN_MILLIS} so that the
 * message can be read, then goes: unlike swiftDialog, which hands its notification to the system and quits at once,
 * the tray's message belongs to our process.
 */
public final class TrayNotice {

    /** How long the message stays: swiftDialog's own banner-like notifications go after 6 seconds. */
    static final long SHOWN_MILLIS = 6_000;

    private static final int ICON_PIXELS = 64;

    private TrayNotice() {}

    /** Whether this desktop has a tray to post to. */
    public static boolean available() {
        return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    /**
     * Shows {@code notification} in the tray and returns once it has been shown; false when there is no tray or it
     * refused the icon (then nothing was shown, and {@code warnings} got why).
     */
    public static boolean post(Notification notification, String heading, String body, Consumer<String> warnings) {
        if (!available()) {
            return false;
        }
        TrayIcon icon = new TrayIcon(picture(notification.icon(), warnings), heading);
        icon.setImageAutoSize(true);
        SystemTray tray = SystemTray.getSystemTray();
        try {
            tray.add(icon);
        } catch (AWTException | RuntimeException e) {
            warnings.accept("the system tray refused the notification: " + e.getMessage());
            return false;
        }
        try {
            icon.displayMessage(heading, body, TrayIcon.MessageType.NONE);
            Thread.sleep(SHOWN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tray.remove(icon);
        }
        return true;
    }

    private static BufferedImage picture(ImageRef ref, Consumer<String> warnings) {
        Artwork artwork = new ImageLoader(warnings)
                .load(ref.isNone() ? new ImageRef.Builtin("default") : ref, ImageLoader.Slot.ICON);
        BufferedImage image = new BufferedImage(ICON_PIXELS, ICON_PIXELS, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (artwork != null) {
                artwork.paint(g, artwork.fitInto(new Rectangle2D.Double(0, 0, ICON_PIXELS, ICON_PIXELS)));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
