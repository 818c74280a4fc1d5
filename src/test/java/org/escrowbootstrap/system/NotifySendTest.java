package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifySendTest {

    @TempDir
    Path dir;

    /** A notify-send that writes its arguments, and the environment it got, next to itself, NUL-separated. */
    static Path fakeNotifySend(Path folder) throws IOException {
        Path fake = folder.resolve("notify-send");
        Files.writeString(
                fake,
                "#!/bin/sh\n"
                        + "here=$(dirname \"$0\")\n"
                        + "for a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$here/argv\"\n"
                        + "env > \"$here/env\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    static List<String> recordedArgv(Path folder) throws IOException {
        String text = Files.readString(folder.resolve("argv"), StandardCharsets.UTF_8);
        return text.isEmpty()
                ? List.of()
                : Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
    }

    private NotifySend notifier(Map<String, String> environment) {
        return new NotifySend(List.of(dir.resolve("missing"), dir), FileTrust.forThisProcess(), environment);
    }

    @Test
    void postsWithExactlyTheseArguments_theTextsAfterADoubleDash() throws IOException {
        Path fake = fakeNotifySend(dir);
        List<String> warnings = new ArrayList<>();
        NotifySend notifier = notifier(Map.of());

        Path found = notifier.find(warnings::add).orElseThrow();
        Result<ProcessOutput> result = notifier.post(found, "Reminder", "Your password will expire in 10 days.", null);

        assertThat(found).isEqualTo(fake);
        assertThat(result.isOk()).isTrue();
        assertThat(result.value().exitCode()).isZero();
        assertThat(recordedArgv(dir))
                .containsExactly(
                        "--app-name=escrow-bootstrap", "--", "Reminder", "Your password will expire in 10 days.");
        assertThat(warnings).isEmpty();
    }

    @Test
    void iconFile_andATitleThatLooksLikeAnOption_stayArguments_notShellWords() throws IOException {
        fakeNotifySend(dir);
        Path icon = Files.createFile(dir.resolve("logo $HOME.png"));
        NotifySend notifier = notifier(Map.of());

        notifier.post(notifier.find(w -> {}).orElseThrow(), "--urgency=critical", "a; rm -rf / `x`\nline 2", icon);

        assertThat(recordedArgv(dir))
                .containsExactly(
                        "--app-name=escrow-bootstrap",
                        "--icon=" + icon.toAbsolutePath(),
                        "--",
                        "--urgency=critical",
                        "a; rm -rf / `x`\nline 2");
    }

    @Test
    void onlyTheSessionVariablesArePassedOn() throws IOException {
        fakeNotifySend(dir);
        NotifySend notifier = notifier(Map.of(
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/501/bus",
                "DISPLAY", ":1",
                "SECRET_TOKEN", "do-not-pass"));

        notifier.post(notifier.find(w -> {}).orElseThrow(), "T", "", null);

        String env = Files.readString(dir.resolve("env"));
        assertThat(env)
                .contains("DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/501/bus", "DISPLAY=:1")
                .doesNotContain("SECRET_TOKEN");
        assertThat(recordedArgv(dir)).containsExactly("--app-name=escrow-bootstrap", "--", "T");
    }

    @Test
    void aNotifySendOthersCouldReplace_isNotRun_andSaysWhy() throws IOException {
        Path open = Files.createDirectory(dir.resolve("open"));
        fakeNotifySend(open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> warnings = new ArrayList<>();

        NotifySend notifier = new NotifySend(List.of(open), FileTrust.forThisProcess(), Map.of());

        assertThat(notifier.find(warnings::add)).isEmpty();
        assertThat(warnings).singleElement().asString().startsWith(open.resolve("notify-send") + " is not run: ");
    }

    @Test
    void noNotifySendInTheFolders_findsNothing_silently() {
        List<String> warnings = new ArrayList<>();

        assertThat(notifier(Map.of()).find(warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
    }
}
