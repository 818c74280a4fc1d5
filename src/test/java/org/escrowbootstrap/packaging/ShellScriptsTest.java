package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shell script under packaging/ is known here, POSIX sh, executable, and passes shellcheck; so do the
 * project's own tools (CI, the test display, the benchmarks, the screenshot script), each in its own shell.
 */
class ShellScriptsTest {

    private static final List<String> SHIPPED = List.of(
            "packaging/build-image.sh",
            "packaging/check-image.sh",
            "packaging/jamf/escrow-bootstrap-ea.sh",
            "packaging/jamf/escrow-bootstrap-policy.sh",
            "packaging/linux/launcher",
            "packaging/macos/build-pkg.sh",
            "packaging/macos/scripts/postinstall",
            "packaging/macos/scripts/preinstall",
            "packaging/macos/uninstall.sh");

    private static final List<String> TOOLS = List.of(
            ".ci/run",
            "src/test/bin/java-on-display",
            "scripts/render-screens.sh",
            "bench/preload-classes.sh",
            "bench/private-display.sh",
            "bench/screen-switch.sh",
            "bench/startup.sh");

    /** Files under packaging/ that start with "#!", as project-relative paths, sorted. */
    private static List<String> scriptsUnderPackaging() {
        try (Stream<Path> files = Files.walk(Path.of("packaging"))) {
            return files.filter(Files::isRegularFile)
                    .filter(ShellScriptsTest::startsWithShebang)
                    .map(p -> p.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWithShebang(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length > 2 && bytes[0] == '#' && bytes[1] == '!';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theScriptsUnderPackaging_areExactlyTheShippedOnes() {
        assertThat(scriptsUnderPackaging()).containsExactlyElementsOf(SHIPPED);
    }

    @Test
    void everyShippedScript_isPosixShAndExecutable() throws IOException {
        for (String script : SHIPPED) {
            Path file = Path.of(script);
            assertThat(Files.readAllLines(file).get(0)).as(script).isEqualTo("#!/bin/sh");
            assertThat(Files.isExecutable(file)).as(script + " is executable").isTrue();
        }
    }

    @Test
    void shellcheck_passesOnEveryShippedScript() {
        List<String> command = new ArrayList<>(List.of("shellcheck", "--shell=sh", "--external-sources"));
        command.addAll(SHIPPED);
        assertShellcheckPasses(command);
    }

    @Test
    void shellcheck_passesOnTheProjectsOwnTools() {
        List<String> command = new ArrayList<>(List.of("shellcheck", "--external-sources"));
        command.addAll(TOOLS);
        assertShellcheckPasses(command);
    }

    private static void assertShellcheckPasses(List<String> command) {
        ScriptRun run;
        try {
            run = ScriptRun.of(command, Map.of(), Duration.ofSeconds(120));
        } catch (UncheckedIOException e) {
            throw new AssertionError(
                    "shellcheck is needed for this test (apt-get install shellcheck; .ci/run installs it)", e);
        }
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).isEmpty();
    }
}
