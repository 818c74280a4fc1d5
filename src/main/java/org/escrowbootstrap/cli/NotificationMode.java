package org.escrowbootstrap.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Notification;
import org.escrowbootstrap.system.NotifySend;
import org.escrowbootstrap.system.ProcessOutput;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.ui.NotificationBanner;
import org.escrowbootstrap.ui.RenderResult;
import org.escrowbootstrap.ui.TrayNotice;

/**
 * {@code dialog --notification}: posts a system notification instead of showing a window, and exits 0 as swiftDialog
 * does once it has handed its notification over, whether or not anyone sees it.
 *
 * <p>On Linux, notify-send (the desktop's own notification service) comes first: Java's tray draws its own balloon
 * there, which GNOME does not show at all. Elsewhere (Windows, macOS) the system tray; where neither works, one
 * warning says so.
 */
final class NotificationMode {

    /** Posts through the system tray; a seam so that tests need no tray. */
    interface Tray {
        /** Shows the notification; false when there is no tray (nothing was shown). */
        boolean post(Notification notification, String heading, String body, Consumer<String> warnings);
    }

    private final NotifySend notifySend;
    private final boolean linux;
    private final Tray tray;

    NotificationMode(NotifySend notifySend, boolean linux, Tray tray) {
        this.notifySend = notifySend;
        this.linux = linux;
        this.tray = tray;
    }

    static NotificationMode forThisSystem() {
        boolean linux =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return new NotificationMode(NotifySend.forThisSystem(), linux, TrayNotice::post);
    }

    /** Draws the notification as a banner into {@code file}: a preview, nothing is posted. */
    static int screenshot(Notification notification, Path file, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        RenderResult rendered = NotificationBanner.renderPng(notification, file, DialogMode.warnings(err));
        if (!rendered.ok()) {
            err.println("escrow-bootstrap: " + rendered.error());
            return ExitCode.ERROR.code();
        }
        return ExitCode.BUTTON1.code();
    }

    /** Posts {@code notification}; always exit 0, as swiftDialog, with a warning when it could not be posted. */
    int post(Notification notification, PrintStream err) {
        Consumer<String> warn = DialogMode.warnings(err);
        // a notification needs a heading: without a title the message takes its place, as a one-line notice
        boolean titled = !notification.title().isBlank();
        String heading = titled ? notification.title() : notification.body();
        String body = titled ? notification.body() : "";
        if (heading.isBlank()) {
            warn.accept("--notification without a --title or --message: nothing to post");
            return ExitCode.BUTTON1.code();
        }
        if (linux && postThroughNotifySend(notification, heading, body, warn)) {
            return ExitCode.BUTTON1.code();
        }
        if (tray.post(notification, heading, body, warn)) {
            return ExitCode.BUTTON1.code();
        }
        warn.accept("no notification service is available"
                + (linux ? " (no notify-send in /usr/bin or /bin, and no system tray)" : " (no system tray)")
                + "; the notification was not shown");
        return ExitCode.BUTTON1.code();
    }

    private boolean postThroughNotifySend(
            Notification notification, String heading, String body, Consumer<String> warn) {
        Optional<Path> executable = notifySend.find(warn);
        if (executable.isEmpty()) {
            return false;
        }
        Result<ProcessOutput> result = notifySend.post(executable.get(), heading, body, iconFile(notification));
        if (result instanceof Result.Ok<ProcessOutput> ok && ok.value().exitCode() == 0) {
            return true;
        }
        String why = result instanceof Result.Failed<ProcessOutput> failed
                ? failed.failure().describe()
                : "exit " + result.value().exitCode() + firstLine(result.value().stderr());
        warn.accept("notify-send could not post the notification: " + why);
        return false;
    }

    /** The icon as notify-send takes it: a picture file; other sources (symbols, URLs) are left out. */
    private static Path iconFile(Notification notification) {
        if (notification.icon() instanceof ImageRef.FilePath file && !file.isAppBundle()) {
            try {
                Path path = Path.of(file.path());
                return Files.isRegularFile(path) ? path : null;
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "" : ": " + line;
    }
}
