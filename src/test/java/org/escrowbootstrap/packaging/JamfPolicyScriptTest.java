package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.system.FakeSysroot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/jamf/escrow-bootstrap-policy.sh, run as Jamf runs it (as root, with {@code $1}–{@code $11}) against
 * the fake Mac, with a stand-in launcher where the pkg installs the real one.
 */
class JamfPolicyScriptTest {

    private static final Path SCRIPT = Path.of("packaging/jamf/escrow-bootstrap-policy.sh");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final FakeSysroot mac = FakeSysroot.create();

    @TempDir
    Path temp;

    @AfterEach
    void removeTheMac() {
        mac.close();
    }

    private ScriptRun policy(String... jamfParameters) {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toAbsolutePath().toString()));
        command.addAll(List.of(jamfParameters));
        return ScriptRun.of(
                ScriptRun.asRoot(command),
                Map.of(StandInApp.SYSROOT_VARIABLE, mac.root().toString()),
                TIMEOUT);
    }

    @Test
    void passesAllElevenJamfParametersThroughUnchanged_andExitsWithTheAppsCode() {
        Path argv = temp.resolve("argv");
        StandInApp.recorder(mac, argv, 23);
        String[] jamf = {
            "/",
            "Avery's MacBook Pro",
            "avery",
            "",
            "the Service Desk; ext. \"4357\" $HOME `id` \\",
            "colour=#0B5394",
            "",
            "--help",
            "",
            "false",
            "branding.title=Example \\; Corp; support.url=https://help.example.com/?a=b&c=d"
        };

        ScriptRun run = policy(jamf);

        assertThat(run.exitCode()).isEqualTo(23);
        List<String> expected = new ArrayList<>(
                List.of("escrow", "--sysroot", mac.root().toString(), "--parameters", "escrow-bootstrap", "--"));
        expected.addAll(List.of(jamf));
        assertThat(StandInApp.recorded(argv)).containsExactlyElementsOf(expected);
    }

    @Test
    void aMigratingAdminsLayout_isPassedOn() {
        Path argv = temp.resolve("argv");
        StandInApp.recorder(mac, argv, 0);

        ScriptRun run = ScriptRun.of(
                ScriptRun.asRoot(List.of(SCRIPT.toAbsolutePath().toString(), "/", "Mac", "avery", "https://x/b.png")),
                Map.of(StandInApp.SYSROOT_VARIABLE, mac.root().toString(), "ESCROW_BOOTSTRAP_TEST_LAYOUT", "schroeder"),
                TIMEOUT);

        assertThat(run.exitCode()).isZero();
        assertThat(StandInApp.recorded(argv))
                .containsSubsequence("--parameters", "schroeder", "--", "/", "Mac", "avery", "https://x/b.png");
    }

    @Test
    void alreadyEscrowed_withShowAlreadyEscrowedOffInParameter11_exitsZeroAndLogsTheOutcome() throws Exception {
        StandInApp.ourClasses(mac);
        mac.escrowed(true);

        ScriptRun run = policy(
                "/",
                "Avery's MacBook Pro",
                "alice",
                "",
                "",
                "",
                "",
                "many",
                "",
                "",
                "behaviour.showAlreadyEscrowed=false");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout())
                .contains("config: Jamf parameter $8: \"behaviour.maxAttempts\"")
                .contains("status: the Bootstrap Token is already escrowed")
                .contains("outcome: ALREADY_ESCROWED");
        assertThat(run.lines().get(run.lines().size() - 1)).contains("outcome: ALREADY_ESCROWED");
        assertThat(Files.readString(mac.root().resolve("var/log/escrow-bootstrap.log")))
                .contains("outcome: ALREADY_ESCROWED");
        assertThat(mac.calls("/usr/bin/profiles")).isNotEmpty();
        assertThat(mac.calls("/bin/launchctl")).as("no window was opened").isEmpty();
    }

    @Test
    void nobodyLoggedIn_defers_andExitsZero_soJamfLogsNoFailure() {
        StandInApp.ourClasses(mac);
        mac.consoleUser("loginwindow", 0);

        ScriptRun run = policy("/", "Avery's MacBook Pro", "", "", "", "", "", "", "", "", "");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).contains("deferred: nobody to ask").contains("outcome: DEFERRED");
        assertThat(mac.calls("/usr/bin/profiles")).as("nothing was escrowed").isEmpty();
    }

    @Test
    void appMissing_saysSoAndExits127_withoutRunningAnything() {
        ScriptRun run = policy("/", "Avery's MacBook Pro", "alice", "", "", "", "", "", "", "", "");

        assertThat(run.exitCode()).isEqualTo(127);
        assertThat(run.stdout())
                .startsWith("escrow-bootstrap-policy: Escrow Bootstrap is not installed: ")
                .contains(mac.root().resolve(StandInApp.LAUNCHER).toString())
                .contains("Install the EscrowBootstrap package");
        assertThat(mac.calls()).isEmpty();
    }

    @Test
    void appNotExecutable_countsAsNotInstalled() throws Exception {
        Path launcher = StandInApp.ourClasses(mac);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rw-r--r--"));

        ScriptRun run = policy("/", "Avery's MacBook Pro", "alice", "", "", "", "", "", "", "", "");

        assertThat(run.exitCode()).isEqualTo(127);
        assertThat(run.stdout()).contains("Escrow Bootstrap is not installed");
    }

    @Test
    void header_listsTheParameterLabelsOfTheJamfParametersPage() throws Exception {
        Map<Integer, String> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| \\$(\\d+) \\| ([^|]+?) \\|")
                .matcher(Files.readString(Path.of("docs/jamf-parameters.md")));
        while (row.find()) {
            int number = Integer.parseInt(row.group(1));
            if (number >= 4) {
                documented.put(number, row.group(2));
            }
        }
        Map<Integer, String> inScript = new LinkedHashMap<>();
        Matcher label = Pattern.compile("(?m)^#\\s+Parameter (\\d+)\\s+(.+)$").matcher(Files.readString(SCRIPT));
        while (label.find()) {
            inScript.put(Integer.parseInt(label.group(1)), label.group(2).strip());
        }

        assertThat(documented).hasSize(8);
        assertThat(inScript).containsExactlyEntriesOf(documented);
    }
}
