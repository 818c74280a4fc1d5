package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Notification;
import org.escrowbootstrap.system.FileTrust;
import org.escrowbootstrap.system.NotifySend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationModeTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /** A tray that records what it was asked to show, or has no tray at all. */
    private static final class FakeTray implements NotificationMode.Tray {
        final boolean present;
        final List<String> shown = new ArrayList<>();

        FakeTray(boolean present) {
            this.present = present;
        }

        @Override
        public boolean post(Notification notification, String heading, String body, Consumer<String> warnings) {
            if (present) {
                shown.add(heading + " | " + body);
            }
            return present;
        }
    }

    private Path fakeNotifySend() throws IOException {
        Path fake = dir.resolve("notify-send");
        Files.writeString(
                fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$(dirname \"$0\")/argv\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    private List<String> recordedArgv() throws IOException {
        String text = Files.readString(dir.resolve("argv"));
        return Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
    }

    private NotificationMode mode(boolean linux, FakeTray tray) {
        return new NotificationMode(new NotifySend(List.of(dir), FileTrust.forThisProcess(), Map.of()), linux, tray);
    }

    @Test
    void onLinux_notifySendPostsIt_withSubtitleAboveTheMessage_andTheTrayIsNotUsed() throws IOException {
        fakeNotifySend();
        FakeTray tray = new FakeTray(true);

        int exit = mode(true, tray)
                .post(new Notification("Reminder", "Passwords", "Your password will expire in 10 days.", null), err);

        assertThat(exit).isZero();
        assertThat(recordedArgv())
                .containsExactly(
                        "--app-name=escrow-bootstrap",
                        "--",
                        "Reminder",
                        "Passwords\nYour password will expire in 10 days.");
        assertThat(tray.shown).isEmpty();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFailingNotifySend_warns_andFallsBackToTheTray() throws IOException {
        Path fake = dir.resolve("notify-send");
        Files.writeString(fake, "#!/bin/sh\necho 'Cannot connect to the session bus' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        FakeTray tray = new FakeTray(true);

        int exit = mode(true, tray).post(new Notification("T", null, "M", ImageRef.none()), err);

        assertThat(exit).isZero();
        assertThat(tray.shown).containsExactly("T | M");
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("escrow-bootstrap: warning: notify-send could not post the notification: exit 1:"
                        + " Cannot connect to the session bus\n");
    }

    @Test
    void elsewhere_theTrayPostsIt_withoutATitleTheMessageIsTheHeading() {
        FakeTray tray = new FakeTray(true);

        int exit = mode(false, tray).post(new Notification("", null, "Google Chrome installed", null), err);

        assertThat(exit).isZero();
        assertThat(tray.shown).containsExactly("Google Chrome installed | ");
    }

    @Test
    void noServiceAtAll_isOneWarning_andStillExit0AsSwiftDialog() {
        int exit = mode(true, new FakeTray(false)).post(new Notification("T", null, "M", null), err);

        assertThat(exit).isZero();
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("escrow-bootstrap: warning: no notification service is available (no notify-send in"
                        + " /usr/bin or /bin, and no system tray); the notification was not shown\n");
    }

    @Test
    void screenshot_drawsTheBannerCard_andExits0_printingNothing() throws Exception {
        Path png = dir.resolve("banner.png");

        CliRun run = CliRun.of(
                "dialog",
                "--notification",
                "--title",
                "Google Chrome",
                "--message",
                "Google Chrome 131.0.6778.86 installed",
                "--screenshot",
                png.toString());

        assertThat(run).isEqualTo(new CliRun(0, "", ""));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * (360 + 20)); // the card and its shadow's margin, at 2x
        assertThat(image.getHeight()).isBetween(2 * 60, 2 * 120);
        // the card's light grey in its middle, the transparent corner outside its rounding
        assertThat(new Color(image.getRGB(image.getWidth() - 60, image.getHeight() / 2)))
                .isEqualTo(new Color(0xF5F5F7));
        assertThat(new Color(image.getRGB(0, 0), true).getAlpha()).isZero();
    }
}
