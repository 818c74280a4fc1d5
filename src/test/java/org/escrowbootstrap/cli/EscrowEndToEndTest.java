package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.escrowbootstrap.system.FakeSysroot;
import org.escrowbootstrap.system.ProcSampler;
import org.escrowbootstrap.testing.ProgramProcess;
import org.escrowbootstrap.testing.XDoTool;
import org.junit.jupiter.api.Test;

/**
 * The whole {@code escrow} mode as Jamf runs it: a real process as root against the fake macOS tools, the window
 * in a child process started through launchctl and sudo, a wrong and then the right password typed into it.
 */
class EscrowEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD = "c0rrect \"horse\" $battery ü";
    private static final String WRONG = "wr0ng 'staple' `id`";

    /**
     * A screen on display has asked for the keyboard focus; X delivers focus events asynchronously, so give them a
     * moment before typing, as a person would take.
     */
    private static void settle() throws InterruptedException {
        Thread.sleep(300);
    }

    @Test
    void escrow_wrongThenRightPassword_escrowsTheToken_andNoSecretLeaksAnywhere() throws Exception {
        assertThat(new com.sun.security.auth.module.UnixSystem().getUid())
                .as("the escrow refuses to run unless root, like Jamf runs it; run this suite as root")
                .isZero();
        try (FakeSysroot mac = FakeSysroot.create();
                ProcSampler sampler =
                        new ProcSampler(List.of(PASSWORD, WRONG), mac.root().toString())) {
            mac.user("alice").password(PASSWORD);
            int code;
            List<String> stdout;
            List<String> stderr;
            try (ProgramProcess escrow = ProgramProcess.start(
                    "escrow",
                    "--sysroot",
                    mac.root().toString(),
                    "/",
                    "Test Mac",
                    "alice",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "")) {
                escrow.awaitLine("dialog: screen 1 on display", WAIT);
                XDoTool.awaitWindow("Bootstrap Token", WAIT);
                settle();
                XDoTool.type(WRONG);
                XDoTool.key("Return");

                escrow.awaitLine("password: asking alice (attempt 2 of 3)", WAIT);
                escrow.awaitLine("dialog: screen 2 on display", WAIT);
                settle();
                XDoTool.type(PASSWORD);
                XDoTool.key("Return");

                escrow.awaitLine("escrow: the Bootstrap Token is escrowed", WAIT);
                escrow.awaitLine("dialog: screen 3 on display", WAIT);
                settle();
                XDoTool.key("Return");
                code = escrow.awaitExit(WAIT);
                stdout = escrow.stdout();
                stderr = escrow.stderr();
            }

            assertThat(code).as(String.join("\n", stdout)).isZero();
            assertThat(mac.isEscrowed()).isTrue();
            assertThat(stdout).anyMatch(line -> line.contains("outcome: ESCROWED"));

            List<FakeSysroot.Call> authonly = mac.calls("/usr/bin/dscl").stream()
                    .filter(call -> call.args().contains("-authonly"))
                    .toList();
            assertThat(authonly).extracting(FakeSysroot.Call::passwordText).containsExactly(WRONG, PASSWORD);
            List<FakeSysroot.Call> installs = mac.calls("/usr/bin/profiles").stream()
                    .filter(call -> call.args().contains("install"))
                    .toList();
            assertThat(installs).extracting(FakeSysroot.Call::passwordText).containsExactly(PASSWORD);

            FakeSysroot.Call launch = mac.calls("/bin/launchctl").get(0);
            assertThat(launch.args()).startsWith("asuser", "501");
            assertThat(launch.args()).contains("-u", "alice", UiSessionMode.NAME);

            for (FakeSysroot.Call call : mac.calls()) {
                assertThat(String.join(" ", call.args())).doesNotContain(PASSWORD, WRONG);
                assertThat(String.join("\n", call.environment())).doesNotContain(PASSWORD, WRONG);
            }
            assertThat(sampler.leaks()).isEmpty();
            assertThat(sampler.seen()).anyMatch(process -> process.contains("/usr/bin/profiles"));
            assertThat(String.join("\n", stdout)).doesNotContain(PASSWORD, WRONG);
            assertThat(String.join("\n", stderr)).doesNotContain(PASSWORD, WRONG);
            assertThat(stdout).anyMatch(line -> line.contains("dialog: progress screen on display"));
            Path logFile = mac.root().resolve("var/log/escrow-bootstrap.log");
            String logged = Files.readString(logFile, StandardCharsets.UTF_8);
            assertThat(logged).contains("outcome: ESCROWED").doesNotContain(PASSWORD, WRONG);
            assertThat(mac.root().resolve("Library/Application Support/EscrowBootstrap/run/native"))
                    .as("pty4j's native code, kept in the run folder rather than unpacked into /tmp")
                    .isDirectoryRecursivelyContaining("glob:**/libpty.*");
        }
    }

    @Test
    void escrow_whoseWindowTheUserStops_endsOnTheRootsOwnDeadline_andKillsTheWindow() throws Exception {
        try (FakeSysroot mac = FakeSysroot.create()) {
            int code;
            List<String> stdout;
            ProcessHandle window;
            try (ProgramProcess escrow = ProgramProcess.start(
                    "escrow", "--sysroot", mac.root().toString(), "--set", "behaviour.dialogTimeoutSeconds=2")) {
                escrow.awaitLine("dialog: screen 1 on display", WAIT);
                window = ProcessHandle.of(escrow.pid())
                        .orElseThrow()
                        .descendants()
                        // The UI child is the one JVM the escrow starts (its long command line is cut short here).
                        .filter(p -> p.info().command().orElse("").endsWith("/java"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no UI process among "
                                + ProcessHandle.of(escrow.pid())
                                        .orElseThrow()
                                        .descendants()
                                        .map(p -> p.pid() + " " + p.info())
                                        .toList()));
                Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(window.pid())).start();
                assertThat(stop.waitFor()).isZero(); // the user's own process: they may stop it

                code = escrow.awaitExit(WAIT);
                stdout = escrow.stdout();
            }

            assertThat(code).as(String.join("\n", stdout)).isEqualTo(20);
            assertThat(stdout)
                    .anyMatch(line -> line.contains("dialog: UI process did not answer screen 1 within 17 s"))
                    .anyMatch(line -> line.contains("outcome: CANCELLED"));
            window.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(window.isAlive()).isFalse();
        }
    }
}
