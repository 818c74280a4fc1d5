package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.ToolFailure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs real child processes: small sh scripts written for each test. */
class CommandRunnerTest {

    @TempDir
    Path dir;

    private final List<String> diagnostics = new ArrayList<>();
    private final CommandRunner runner = new CommandRunner(diagnostics::add);

    @Test
    void run_keepsStdoutAndStderrApart_andReportsTheExitStatus() throws IOException {
        Path script = script("both", "echo out; echo err >&2; exit 3");

        ProcessOutput out = runner.run(command(script, Duration.ofSeconds(10))).value();

        assertThat(out.exitCode()).isEqualTo(3);
        assertThat(out.stdout()).isEqualTo("out\n");
        assertThat(out.stderr()).isEqualTo("err\n");
    }

    @Test
    void run_feedsStandardInput() throws IOException {
        Path script = script("cat", "cat");

        ProcessOutput out = runner.run(
                        command(script, Duration.ofSeconds(10)).withInput("show State:/Users/ConsoleUser\n"))
                .value();

        assertThat(out.stdout()).isEqualTo("show State:/Users/ConsoleUser\n");
    }

    @Test
    void run_passesArgumentsLiterally_neverThroughAShell() throws IOException {
        Path script = script("args", "for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done");
        Path marker = dir.resolve("pwned");

        ProcessOutput out = runner.run(Command.of(
                        "/bin/args",
                        script,
                        Duration.ofSeconds(10),
                        "$(touch " + marker + ")",
                        "a b",
                        "; rm -rf /",
                        "'\"`x`"))
                .value();

        assertThat(out.stdout()).isEqualTo("[$(touch " + marker + ")]\n[a b]\n[; rm -rf /]\n['\"`x`]\n");
        assertThat(marker).doesNotExist();
    }

    @Test
    void run_givesTheChildASmallCleanEnvironment_notOurs() throws IOException {
        Path script = script("env", "env");

        ProcessOutput out = runner.run(command(script, Duration.ofSeconds(10))).value();

        List<String> names =
                out.stdout().lines().map(l -> l.substring(0, l.indexOf('='))).toList();
        assertThat(names).containsOnly("PATH", "LANG", "PWD"); // sh itself sets PWD
        assertThat(out.stdout())
                .contains("PATH=/usr/bin:/bin:/usr/sbin:/sbin\n")
                .doesNotContain("HOME=");
        assertThat(System.getenv()).containsKey("HOME"); // ours has it: it was not passed on
    }

    @Test
    void run_missingExecutable_failsAsMissing() {
        Result<ProcessOutput> r = runner.run(command(dir.resolve("nothing-here"), Duration.ofSeconds(10)));

        assertThat(failure(r).kind()).isEqualTo(Kind.MISSING);
        assertThat(failure(r).tool()).isEqualTo("/bin/tool");
    }

    @Test
    void run_fileWithoutExecuteBit_failsAsNotExecutable() throws IOException {
        Path script = script("plain", "echo hi");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(failure(runner.run(command(script, Duration.ofSeconds(10)))).kind())
                .isEqualTo(Kind.NOT_EXECUTABLE);
        assertThat(failure(runner.run(command(dir, Duration.ofSeconds(10)))).kind())
                .isEqualTo(Kind.NOT_EXECUTABLE);
    }

    @Test
    @Timeout(30)
    void run_pastItsTimeout_killsTheWholeProcessTree() throws Exception {
        Path pidFile = dir.resolve("grandchild");
        Path script = script("hang", "sleep 300 &\necho $! > '" + pidFile + "'\nsleep 300");

        long started = System.nanoTime();
        Result<ProcessOutput> r = runner.run(command(script, Duration.ofSeconds(1)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure(r).kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(failure(r).describe()).isEqualTo("/bin/tool did not finish in time: after 1 s");
        long grandchild = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(Processes.awaitGone(grandchild, Duration.ofSeconds(5)))
                .as("the grandchild sleep was killed too")
                .isTrue();
        System.out.println("run with a 1 s timeout returned after " + took.toMillis() + " ms");
    }

    @Test
    void converse_answersPromptsOnTheControllingTerminal() throws IOException {
        Path script = script(
                "ask",
                "exec 3<>/dev/tty\n"
                        + "printf 'Name:' >&3; IFS= read -r name <&3\n"
                        + "stty -echo <&3; printf 'Secret:' >&3; IFS= read -r secret <&3; stty echo <&3; echo >&3\n"
                        + "printf '%s' \"$secret\" > '" + dir.resolve("got") + "'\n"
                        + "echo \"hello $name on $(tty)\"");
        try (Secret secret = Secret.of(" p@ss \"w0rd\" $x ")) {
            ProcessOutput out = runner.converse(
                            command(script, Duration.ofSeconds(10)),
                            List.of(
                                    new Exchange(Pattern.compile("Name:"), Reply.text("alice"), Duration.ofSeconds(5)),
                                    new Exchange(
                                            Pattern.compile("Secret:"), Reply.secret(secret), Duration.ofSeconds(5))))
                    .value();

            assertThat(out.exitCode()).isZero();
            assertThat(out.answered()).isEqualTo(2);
            assertThat(out.stdout()).startsWith("Name:alice\nSecret:\n").contains("hello alice on /dev/pts/");
            assertThat(out.stdout()).doesNotContain("w0rd");
            assertThat(Files.readString(dir.resolve("got"), StandardCharsets.UTF_8))
                    .isEqualTo(" p@ss \"w0rd\" $x ");
        }
    }

    @Test
    void converse_redactsASecretTheProgramEchoes() throws IOException {
        Path script = script("echoes", "printf 'Password:'; IFS= read -r pw; echo \"you typed $pw\"");

        try (Secret secret = Secret.of("hunter2-ünïcode")) {
            ProcessOutput out = runner.converse(
                            command(script, Duration.ofSeconds(10)),
                            List.of(new Exchange(
                                    Pattern.compile("Password:"), Reply.secret(secret), Duration.ofSeconds(5))))
                    .value();

            assertThat(out.stdout())
                    .doesNotContain("hunter2")
                    .isEqualTo(Transcript.WITHHELD + "\n" + Transcript.WITHHELD + "\n");
        }
    }

    @Test
    void converse_programThatEndsWithoutAsking_isItsOwnAnswer_withNothingAnswered() throws IOException {
        Path script = script("refuses", "echo 'not today'; exit 5");

        ProcessOutput out = runner.converse(
                        command(script, Duration.ofSeconds(30)),
                        List.of(new Exchange(Pattern.compile("Password:"), Reply.text("x"), Duration.ofSeconds(20))))
                .value();

        assertThat(out.exitCode()).isEqualTo(5);
        assertThat(out.stdout()).isEqualTo("not today\n");
        assertThat(out.answered()).isZero();
    }

    @Test
    @Timeout(30)
    void converse_promptThatNeverComes_failsAfterThePromptTimeout_andKillsTheTree() throws Exception {
        Path pidFile = dir.resolve("grandchild");
        Path script = script("mute", "sleep 300 &\necho $! > '" + pidFile + "'\nprintf 'Enter it:'\nwait");

        Result<ProcessOutput> r = runner.converse(
                command(script, Duration.ofSeconds(60)),
                List.of(new Exchange(Pattern.compile("Password:"), Reply.text("x"), Duration.ofMillis(500))));

        assertThat(failure(r).kind()).isEqualTo(Kind.NO_PROMPT);
        assertThat(failure(r).detail()).isEqualTo("waited 0.5 s for «Password:»; it printed: Enter it:");
        long grandchild = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(Processes.awaitGone(grandchild, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    @Timeout(30)
    void converse_programThatHangsAfterTheAnswer_timesOut_andTheTreeIsKilled() throws Exception {
        Path pidFile = dir.resolve("grandchild");
        Path script =
                script("stuck", "printf 'Password:'; IFS= read -r pw\nsleep 300 &\necho $! > '" + pidFile + "'\nwait");

        try (Secret secret = Secret.of("s3cret-stuck")) {
            Result<ProcessOutput> r = runner.converse(
                    command(script, Duration.ofSeconds(2)),
                    List.of(new Exchange(Pattern.compile("Password:"), Reply.secret(secret), Duration.ofSeconds(2))));

            assertThat(failure(r).kind()).isEqualTo(Kind.TIMED_OUT);
            assertThat(failure(r).describe()).doesNotContain("s3cret").startsWith("/bin/tool did not finish in time");
        }
        long grandchild = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(Processes.awaitGone(grandchild, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void converse_refusesAnAnswerWithAControlCharacter_withoutStartingAnything() throws IOException {
        Path marker = dir.resolve("started");
        Path script = script("never", "touch '" + marker + "'");

        try (Secret secret = Secret.of("abc\u0003def")) {
            Result<ProcessOutput> r = runner.converse(
                    command(script, Duration.ofSeconds(10)),
                    List.of(new Exchange(Pattern.compile("x"), Reply.secret(secret), Duration.ofSeconds(1))));

            assertThat(failure(r).kind()).isEqualTo(Kind.IO_ERROR);
            assertThat(failure(r).detail()).contains("control character");
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void diagnostics_getOneLinePerRun_withToolArgumentsOutcomeAndDuration() throws IOException {
        Path script = script("quick", "exit 4");

        runner.run(Command.of("/usr/bin/quick", script, Duration.ofSeconds(10), "-n", "hw.model"));
        runner.run(command(dir.resolve("absent"), Duration.ofSeconds(10)));

        assertThat(diagnostics).hasSize(2);
        assertThat(diagnostics.get(0)).matches("ran /usr/bin/quick -n hw\\.model: exit 4 in \\d+ ms");
        assertThat(diagnostics.get(1)).matches("ran /bin/tool: is missing in \\d+ ms");
    }

    @Test
    void converse_anAnswerLongerThanATerminalLine_isRefused_notSilentlyCut() throws IOException {
        Path script = script("reads", "printf 'Password:'; IFS= read -r pw; echo \"got ${#pw}\"");

        try (Secret secret = Secret.of("x".repeat(TerminalLine.MAX_BYTES + 1))) {
            ToolFailure f = failure(runner.converse(
                    command(script, Duration.ofSeconds(10)),
                    List.of(new Exchange(Pattern.compile("Password:"), Reply.secret(secret), Duration.ofSeconds(5)))));

            assertThat(f.kind()).isEqualTo(Kind.IO_ERROR);
            assertThat(f.detail()).contains("longer than a terminal line takes (1023 bytes)");
        }
    }

    private Command command(Path executable, Duration timeout) {
        return Command.of("/bin/tool", executable, timeout);
    }

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    static ToolFailure failure(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Failed.class);
        return ((Result.Failed<?>) result).failure();
    }
}
