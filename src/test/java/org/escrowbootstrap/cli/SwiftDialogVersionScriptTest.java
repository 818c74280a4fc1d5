package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways real scripts read and compare {@code dialog --version}, run by a real shell against this program installed
 * as {@code dialog} on the PATH: each must let the script go on rather than install swiftDialog over us.
 */
class SwiftDialogVersionScriptTest {

    @TempDir
    Path dir;

    @Test
    void posixShellChecks_letTheScriptGoOn() throws Exception {
        List<String> out = run(
                "sh",
                "v=$(dialog --version)",
                "echo \"version $v\"",
                // Installomator.sh (and its fragments/functions.sh): the first field, compared as a number.
                "if [ \"$(dialog --version | cut -d \".\" -f1)\" -ge 2 ]; then echo ok installomator; fi",
                // zsh's is-at-least compares field by field; sort -V is how sh scripts write the same.
                "if [ \"$(printf '%s\\n' 2.4.0 \"$v\" | sort -V | head -n1)\" = 2.4.0 ]; then echo ok sort-v; fi",
                // An awk split into one comparable number.
                "if [ \"$(echo \"$v\" | awk -F. '{ print $1 * 10000 + $2 * 100 + $3 }')\" -ge 20500 ]; then",
                "  echo ok awk",
                "fi");

        assertThat(out).containsExactly("version 3.1.0.4989", "ok installomator", "ok sort-v", "ok awk");
    }

    @Test
    void bashChecks_letTheScriptGoOn_andTheBuildNumberIsThere() throws Exception {
        List<String> out = run(
                "bash",
                "dialogVersion=$(dialog --version)",
                // Setup-Your-Mac-via-Dialog.bash and Prompt-to-Setup-Your-Mac.bash: a string comparison.
                "swiftDialogMinimumRequiredVersion=\"2.5.0.4768\"",
                "if [[ \"${dialogVersion}\" < \"${swiftDialogMinimumRequiredVersion}\" ]]; then echo update",
                "else echo ok setup-your-mac; fi",
                // App-Auto-Patch-via-Dialog.zsh: the same comparison against "2.5.5".
                "dialogTargetVersion=\"2.5.5\"",
                "if [[ \"${dialogVersion}\" < \"${dialogTargetVersion}\" ]]; then echo update; else echo ok app-auto-patch; fi",
                // swiftDialog/demo's 19 and 20 (zsh, here in bash): the build number is the trailing 4+ digits.
                "if [[ \"$dialogVersion\" == 3.1.0* && \"$dialogVersion\" =~ ([0-9]{4,})$ ]]; then",
                "  echo \"build ${BASH_REMATCH[1]}\"",
                "fi");

        // 4989 is below the 4990 those demos want for the 3.1.0 betas' workflow and inspect modes, which we lack.
        assertThat(out).containsExactly("ok setup-your-mac", "ok app-auto-patch", "build 4989");
    }

    @Test
    void ourOwnVersion_isTheProgramsVersion_namingTheSwiftDialogOne() {
        assertThat(CliRun.of("--version").out()).endsWith(" (dialog mode: swiftDialog 3.1.0.4989)\n");
        assertThat(CliRun.of("dialog", "--version").out()).isEqualTo("3.1.0.4989\n");
    }

    private List<String> run(String shell, String... lines) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(shell, "-c", String.join("\n", lines))
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().put("PATH", installAsDialog() + ":" + System.getenv("PATH"));
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(out)).isZero();
        return Files.readAllLines(out);
    }

    /** A {@code dialog} that runs this program's dialog mode, as the installed link does; returns its folder. */
    private Path installAsDialog() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path dialog = bin.resolve("dialog");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(
                dialog,
                "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -cp '"
                        + System.getProperty("java.class.path") + "' " + Main.class.getName() + " dialog \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(dialog, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }
}
