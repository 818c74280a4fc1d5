package org.escrowbootstrap.packaging;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a shipped shell script (or any command) in a child process, with what it printed and its exit code.
 *
 * @param exitCode the exit status
 * @param stdout everything it wrote to stdout, as UTF-8
 * @param stderr everything it wrote to stderr, as UTF-8
 */
record ScriptRun(int exitCode, String stdout, String stderr) {

    /** Runs {@code command} with the test's environment plus {@code environment}; fails the test after the timeout. */
    static ScriptRun of(List<String> command, Map<String, String> environment, Duration timeout) {
        try {
            Path out = Files.createTempFile("script-run-", ".out");
            Path err = Files.createTempFile("script-run-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(
                                Path.of("/dev/null").toFile()));
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new AssertionError(command + " did not end within " + timeout + "; it printed: "
                            + Files.readString(out) + Files.readString(err));
                }
                return new ScriptRun(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    /**
     * {@code command} as root, as Jamf runs policy scripts: unchanged when the tests run as root, else in a user
     * namespace where this user is root ({@code unshare -r}), so the escrow's own root check passes for real.
     */
    static List<String> asRoot(List<String> command) {
        if (new UnixSystem().getUid() == 0) {
            return List.copyOf(command);
        }
        ScriptRun probe = of(List.of("unshare", "-r", "true"), Map.of(), Duration.ofSeconds(10));
        if (probe.exitCode() != 0) {
            throw new AssertionError("these tests run the escrow as root: run them as root, or allow user namespaces"
                    + " (unshare -r failed: " + probe.stderr().strip() + ")");
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "-r"));
        wrapped.addAll(command);
        return List.copyOf(wrapped);
    }

    /** The stdout lines. */
    List<String> lines() {
        return stdout.lines().toList();
    }
}
