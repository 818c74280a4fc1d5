package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.escrowbootstrap.system.CommandRunnerTest.failure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.EscrowAttempt.Outcome;
import org.escrowbootstrap.system.FakeSysroot.Mode;
import org.escrowbootstrap.system.FakeSysroot.PromptStyle;
import org.escrowbootstrap.system.FakeSysroot.StatusStyle;
import org.escrowbootstrap.system.PasswordCheck.Verdict;
import org.escrowbootstrap.system.TokenStatus.State;
import org.escrowbootstrap.system.ToolFailure.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RealMac through real processes: the fake macOS tools in a private sysroot, in every state they can be in. */
class RealMacTest {

    private final FakeSysroot mac = FakeSysroot.create();
    private final List<String> log = new ArrayList<>();
    private final RealMac real = new RealMac(mac.root(), Timeouts.all(Duration.ofSeconds(10)), log::add);

    @AfterEach
    void cleanUp() {
        mac.close();
    }

    // ---- console user ----

    @Test
    void consoleUser_isTheTopLevelNameAndUid() {
        assertThat(real.consoleUser().value()).isEqualTo(new ConsoleUser.LoggedIn("alice", 501));
        assertThat(mac.calls("/usr/sbin/scutil").get(0).args()).isEmpty(); // the question went on stdin
    }

    @Test
    void consoleUser_withFastUserSwitching_isTheSessionOnConsole_notTheFirstListed() {
        mac.user("bob").uid(502);
        mac.backgroundSession("bob");

        assertThat(real.consoleUser().value()).isEqualTo(new ConsoleUser.LoggedIn("alice", 501));
    }

    @Test
    void consoleUser_atTheLoginWindow_inSetupAssistant_orAsRoot_isNobody() {
        mac.consoleUser("loginwindow", 0);
        assertThat(real.consoleUser().value()).isEqualTo(new ConsoleUser.Nobody(ConsoleUser.Reason.LOGIN_WINDOW));
        mac.consoleUser("_mbsetupuser", 248);
        assertThat(real.consoleUser().value()).isEqualTo(new ConsoleUser.Nobody(ConsoleUser.Reason.SETUP_ASSISTANT));
        mac.consoleUser("root", 0);
        assertThat(real.consoleUser().value()).isEqualTo(new ConsoleUser.Nobody(ConsoleUser.Reason.ROOT));
    }

    @Test
    void consoleUser_withNoConsoleSessionAtAll_isNobodyAtTheLoginWindow() {
        mac.noConsoleSession();

        assertThat(real.consoleUser().value()).isEqualTo(new ConsoleUser.Nobody(ConsoleUser.Reason.LOGIN_WINDOW));
    }

    // ---- accounts ----

    @Test
    void account_readsFullNameOnTheNextLine_guidHomeAndAdmin() {
        UserAccount alice = real.account("alice").value();

        assertThat(alice)
                .isEqualTo(new UserAccount(
                        "alice", "Alice Appleseed", "1D9F4E2A-6B3C-4D5E-8F70-A1B2C3D4E5F6", "/Users/alice", true));
        assertThat(alice.firstName()).isEqualTo("Alice");
    }

    @Test
    void account_readsAOneWordFullNameOnTheSameLine_andAStandardUser() {
        UserAccount bob = real.account("bob").value();

        assertThat(bob.realName()).isEqualTo("Bob");
        assertThat(bob.admin()).isFalse();
        assertThat(bob.generatedUid()).isEqualTo("9DB1DCA0-9B6A-464F-94A3-32853C5E2987");
    }

    @Test
    void account_withoutAFullName_hasNoFirstName() {
        mac.user("svc").realName(null);

        UserAccount svc = real.account("svc").value();

        assertThat(svc.realName()).isNull();
        assertThat(svc.firstName()).isNull();
    }

    @Test
    void account_ofAnUnknownUser_failsNamingDscl() {
        ToolFailure f = failure(real.account("nobody-here"));

        assertThat(f.tool()).isEqualTo("/usr/bin/dscl");
        assertThat(f.kind()).isEqualTo(Kind.EXIT_STATUS);
        assertThat(f.detail()).isEqualTo("no such user «nobody-here» (eDSRecordNotFound)");
    }

    @Test
    void account_refusesANameThatCouldBeAPathOrAnOption_withoutRunningAnything() {
        assertThat(failure(real.account("../alice")).detail()).isEqualTo("«../alice» is not a valid account name");
        assertThat(failure(real.account("-x")).kind()).isEqualTo(Kind.IO_ERROR);
        assertThat(mac.calls()).isEmpty();
    }

    @Test
    void account_whenDseditgroupCannotSay_readsTheAdminGroupWithDscl() {
        mac.removeTool("/usr/sbin/dseditgroup");

        assertThat(real.account("alice").value().admin()).isTrue();
        assertThat(real.account("bob").value().admin()).isFalse();
    }

    // ---- FileVault and secure token ----

    @Test
    void fileVault_matchesTheShortNameExactly_neverAsASubstring() {
        mac.user("joanne").fileVault(true);
        mac.user("ann").fileVault(false);

        assertThat(real.isFileVaultUser(real.account("joanne").value()).value()).isTrue();
        assertThat(real.isFileVaultUser(real.account("ann").value()).value()).isFalse();
    }

    @Test
    void fileVault_matchesByGeneratedUid_whenTheListedNameDiffers() {
        UserAccount renamed = new UserAccount("alice2", "Alice", "1D9F4E2A-6B3C-4D5E-8F70-A1B2C3D4E5F6", null, true);

        assertThat(real.isFileVaultUser(renamed).value()).isTrue();
    }

    @Test
    void fileVault_withNobodyEnabled_isNo() {
        mac.user("alice").fileVault(false);
        mac.user("bob").fileVault(false);

        assertThat(real.isFileVaultUser(real.account("alice").value()).value()).isFalse();
    }

    @Test
    void secureToken_readsTheNsLogLineOnStderr() {
        mac.user("bob").secureToken(false);

        assertThat(real.hasSecureToken("alice").value()).isTrue();
        assertThat(real.hasSecureToken("bob").value()).isFalse();
        assertThat(real.hasSecureToken("ghost").value()).isFalse();
    }

    // ---- token status ----

    @Test
    void status_notEscrowed_escrowed_andNotSupported() {
        assertThat(real.bootstrapTokenStatus().value().state()).isEqualTo(State.NOT_ESCROWED);
        mac.escrowed(true);
        assertThat(real.bootstrapTokenStatus().value().state()).isEqualTo(State.ESCROWED);
        mac.serverSupportsEscrow(false);
        TokenStatus unsupported = real.bootstrapTokenStatus().value();
        assertThat(unsupported.state()).isEqualTo(State.NOT_SUPPORTED);
        assertThat(unsupported.raw()).isEqualTo("profiles: Bootstrap Token supported on server: NO");
    }

    @Test
    void status_toleratesCaseSpacingAndTheOnServerWording() {
        mac.escrowed(true);
        for (StatusStyle style : List.of(StatusStyle.LOWERCASE, StatusStyle.SPACING, StatusStyle.ON_SERVER)) {
            mac.statusStyle(style);
            assertThat(real.bootstrapTokenStatus().value().state())
                    .as(style.name())
                    .isEqualTo(State.ESCROWED);
        }
        mac.escrowed(false);
        for (StatusStyle style : List.of(StatusStyle.LOWERCASE, StatusStyle.SPACING, StatusStyle.ON_SERVER)) {
            mac.statusStyle(style);
            assertThat(real.bootstrapTokenStatus().value().state())
                    .as(style.name())
                    .isEqualTo(State.NOT_ESCROWED);
        }
    }

    @Test
    void status_notSupported_inItsTwoLineAndMessageForms() {
        mac.serverSupportsEscrow(false);
        mac.statusStyle(StatusStyle.TWO_LINE);
        assertThat(real.bootstrapTokenStatus().value().state()).isEqualTo(State.NOT_SUPPORTED);
        mac.statusStyle(StatusStyle.MESSAGE);
        assertThat(real.bootstrapTokenStatus().value().state()).isEqualTo(State.NOT_SUPPORTED);
    }

    // ---- passwords ----

    @Test
    void verifyPassword_correct_isSilentExitZero_andTheToolGotItAtItsPrompt() {
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            PasswordCheck check = real.verifyPassword("alice", pw).value();

            assertThat(check.verdict()).isEqualTo(Verdict.CORRECT);
            assertThat(check.toolText()).isEmpty();
        }
        FakeSysroot.Call call = mac.calls("/usr/bin/dscl").get(0);
        assertThat(call.args()).containsExactly("/Search", "-authonly", "alice");
        assertThat(call.passwordText()).isEqualTo(FakeSysroot.ALICE_PASSWORD);
    }

    @Test
    void verifyPassword_wrong_isIncorrect_withDsclsMessage() {
        try (Secret pw = Secret.of("not it")) {
            PasswordCheck check = real.verifyPassword("alice", pw).value();

            assertThat(check.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(check.toolText())
                    .isEqualTo("Authentication for node /Local/Default failed. (-14090, eDSAuthFailed)\n"
                            + "<dscl_cmd> DS Error: -14090 (eDSAuthFailed)");
        }
    }

    @Test
    void verifyPassword_ofADisabledAccount_isAccountDisabled() {
        mac.user("alice").disabled(true);
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            assertThat(real.verifyPassword("alice", pw).value().verdict()).isEqualTo(Verdict.ACCOUNT_DISABLED);
        }
    }

    @Test
    void verifyPassword_thatTheToolEchoes_neverShowsInTheToolText() {
        mac.echoSecrets(true);
        try (Secret pw = Secret.of("wrong but visible")) {
            PasswordCheck check = real.verifyPassword("alice", pw).value();

            assertThat(check.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(check.toolText()).startsWith(Transcript.WITHHELD).doesNotContain("visible");
        }
    }

    // ---- escrow ----

    @Test
    void escrow_answersBothPrompts_andIsDecidedByTheStatusAfterwards() {
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            EscrowAttempt attempt = real.escrow("alice", pw).value();

            assertThat(attempt.outcome()).isEqualTo(Outcome.ESCROWED);
            assertThat(attempt.toolText()).isEqualTo("profiles: Bootstrap Token escrowed");
        }
        assertThat(mac.isEscrowed()).isTrue();
        List<FakeSysroot.Call> calls = mac.calls("/usr/bin/profiles");
        assertThat(calls)
                .extracting(FakeSysroot.Call::args)
                .containsExactly(
                        List.of("install", "-type", "bootstraptoken"), List.of("status", "-type", "bootstraptoken"));
        assertThat(calls.get(0).passwordText()).isEqualTo(FakeSysroot.ALICE_PASSWORD);
    }

    @Test
    void escrow_understandsTheUnquotedAndSlashPasswordPrompts() {
        for (PromptStyle style : List.of(PromptStyle.UNQUOTED, PromptStyle.SLASH)) {
            mac.escrowed(false).passwordPrompt(style);
            try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
                assertThat(real.escrow("alice", pw).value().outcome())
                        .as(style.name())
                        .isEqualTo(Outcome.ESCROWED);
            }
        }
    }

    @Test
    void escrow_whoseStatusLags_isPending_untilTheStatusCatchesUp() {
        mac.statusLag(2);
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            assertThat(real.escrow("alice", pw).value().outcome()).isEqualTo(Outcome.PENDING);
        }
        assertThat(real.bootstrapTokenStatus().value().state()).isEqualTo(State.NOT_ESCROWED);
        assertThat(real.bootstrapTokenStatus().value().state()).isEqualTo(State.ESCROWED);
    }

    @Test
    void escrow_withAWrongPassword_isAuthenticationFailed_withTheToolsText() {
        try (Secret pw = Secret.of("wrong")) {
            EscrowAttempt attempt = real.escrow("alice", pw).value();

            assertThat(attempt.outcome()).isEqualTo(Outcome.AUTHENTICATION_FAILED);
            assertThat(attempt.toolText()).isEqualTo("profiles: Unable to authenticate user information.");
        }
        assertThat(mac.isEscrowed()).isFalse();
    }

    @Test
    void escrow_byAStandardUser_isAuthenticationFailed() {
        try (Secret pw = Secret.of(FakeSysroot.BOB_PASSWORD)) {
            assertThat(real.escrow("bob", pw).value().outcome()).isEqualTo(Outcome.AUTHENTICATION_FAILED);
        }
    }

    @Test
    void escrow_onAServerWithoutSupport_isNotSupported() {
        mac.serverSupportsEscrow(false);
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            EscrowAttempt attempt = real.escrow("alice", pw).value();

            assertThat(attempt.outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
            assertThat(attempt.toolText()).isEqualTo("Bootstrap Token functionality is not supported on the server.");
        }
    }

    @Test
    void escrow_onAServerWithoutSupport_refusedBeforeAnyPrompt_isNotSupported() {
        mac.serverSupportsEscrow(false).supportCheckedBeforePrompting(true);
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            EscrowAttempt attempt = real.escrow("alice", pw).value();

            assertThat(attempt.outcome()).isEqualTo(Outcome.NOT_SUPPORTED);
            assertThat(attempt.toolText()).isEqualTo("Bootstrap Token functionality is not supported on the server.");
        }
        assertThat(mac.calls("/usr/bin/profiles").get(0).password()).isNull();
    }

    @Test
    void escrow_thatClaimsSuccessButChangesNothing_isPending() {
        mac.mode("profiles-install", Mode.NO_EFFECT);
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            EscrowAttempt attempt = real.escrow("alice", pw).value();

            assertThat(attempt.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(attempt.toolText()).isEqualTo("profiles: Bootstrap Token escrowed");
        }
    }

    @Test
    void escrow_refusedForAnyOtherReason_isFailed_withTheToolsText() {
        mac.mode("profiles-install", Mode.NOT_ROOT);
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            EscrowAttempt attempt = real.escrow("alice", pw).value();

            assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(attempt.toolText()).isEqualTo("profiles: this command requires root privileges");
        }
    }

    @Test
    void escrow_aPasswordThatIsAWordOfTheToolsError_isNotRevealedByWhereItWouldStand() {
        mac.user("alice").password("something else entirely");
        try (Secret pw = Secret.of("authenticate")) {
            EscrowAttempt attempt = real.escrow("alice", pw).value();

            assertThat(attempt.toolText())
                    .contains(Transcript.WITHHELD)
                    .doesNotContain("Unable to")
                    .doesNotContain("***");
        }
        assertThat(log).noneMatch(line -> line.contains("Unable to"));
    }

    @Test
    void escrow_whileElevated_demotesTheMomentProfilesInstallEnds_beforeTheStatusIsReadAgain() {
        assertThat(real.addToAdminGroup("bob").value()).isTrue();
        mac.clearCalls();
        List<String> atDemotion = new ArrayList<>();
        InstallWindow window = InstallWindow.elevated(() -> {
            atDemotion.add(
                    String.join(" ", mac.calls().get(mac.calls().size() - 1).args()));
            real.removeFromAdminGroup("bob");
        });
        try (Secret pw = Secret.of(FakeSysroot.BOB_PASSWORD)) {
            assertThat(real.escrow("bob", pw, window).value().outcome()).isEqualTo(Outcome.ESCROWED);
        }

        assertThat(atDemotion).containsExactly("install -type bootstraptoken");
        List<String> order = mac.calls().stream()
                .map(c -> c.tool() + " " + String.join(" ", c.args()))
                .toList();
        assertThat(order.indexOf("/usr/sbin/dseditgroup -o edit -d bob -t user admin"))
                .isGreaterThan(order.indexOf("/usr/bin/profiles install -type bootstraptoken"))
                .isLessThan(order.indexOf("/usr/bin/profiles status -type bootstraptoken"));
        assertThat(mac.isAdmin("bob")).isFalse();
    }

    @Test
    void escrow_whileElevated_hasItsOwnShortLimit_andStillDemotes() {
        RealMac shortWhileElevated = new RealMac(
                mac.root(),
                new Timeouts(
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(10)),
                log::add);
        mac.mode("profiles-install", Mode.HANG);
        List<String> demoted = new ArrayList<>();
        long started = System.nanoTime();
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            ToolFailure f = failure(
                    shortWhileElevated.escrow("alice", pw, InstallWindow.elevated(() -> demoted.add("demoted"))));

            assertThat(f.kind()).isIn(Kind.TIMED_OUT, Kind.NO_PROMPT);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(demoted).containsExactly("demoted");
    }

    @Test
    void escrow_neverPutsThePasswordInAnyArgvOrEnvironment() {
        try (Secret pw = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            real.escrow("alice", pw);
            real.verifyPassword("alice", pw);
        }
        assertThat(mac.calls()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(call -> {
            assertThat(String.join("\n", call.args())).doesNotContain("horse");
            assertThat(String.join("\n", call.environment())).doesNotContain("horse");
        });
        assertThat(String.join("\n", log)).doesNotContain("horse");
    }

    // ---- admin group ----

    @Test
    void addAndRemoveAdmin_changeTheGroup_andAreVerifiedAfterwards() {
        assertThat(real.addToAdminGroup("bob").value()).isTrue();
        assertThat(mac.isAdmin("bob")).isTrue();
        assertThat(real.removeFromAdminGroup("bob").value()).isTrue();
        assertThat(mac.isAdmin("bob")).isFalse();
        assertThat(mac.calls("/usr/sbin/dseditgroup"))
                .extracting(FakeSysroot.Call::args)
                .contains(
                        List.of("-o", "edit", "-a", "bob", "-t", "user", "admin"),
                        List.of("-o", "edit", "-d", "bob", "-t", "user", "admin"));
    }

    @Test
    void addAdmin_thatClaimsSuccessButChangesNothing_isFalse() {
        mac.mode("dseditgroup-edit", Mode.NO_EFFECT);

        assertThat(real.addToAdminGroup("bob").value()).isFalse();
        assertThat(real.removeFromAdminGroup("alice").value()).isFalse();
    }

    @Test
    void addAdmin_ofAnUnknownUser_failsNamingDseditgroup() {
        ToolFailure f = failure(real.addToAdminGroup("ghost"));

        assertThat(f.tool()).isEqualTo("/usr/sbin/dseditgroup");
        assertThat(f.kind()).isEqualTo(Kind.EXIT_STATUS);
        assertThat(f.detail()).isEqualTo("exit 64: Unable to find the user record for ghost");
    }

    // ---- facts, recon, GUI session ----

    @Test
    void facts_onAppleSilicon() {
        assertThat(real.facts().value())
                .isEqualTo(new SystemFacts(
                        "Alice's MacBook Pro",
                        "MacBook Pro (14-inch, 2023)",
                        "Apple M3 Pro",
                        "C02XK1ABCDEF",
                        "36 GB",
                        "306 GB",
                        "Sequoia",
                        "15.3.1"));
    }

    @Test
    void facts_onAnIntelMac_useTheModelIdentifier() {
        mac.removeHost("product-name")
                .host("model-id", "MacBookPro16,1")
                .host("chip", "Intel(R) Core(TM) i9-9980HK CPU @ 2.40GHz")
                .host("memsize", "17179869184")
                .host("os-version", "26.1")
                .host("disk-available-kb", "1953125000");

        SystemFacts facts = real.facts().value();

        assertThat(facts.model()).isEqualTo("MacBookPro16,1");
        assertThat(facts.chip()).isEqualTo("Intel(R) Core(TM) i9-9980HK CPU @ 2.40GHz");
        assertThat(facts.memory()).isEqualTo("16 GB");
        assertThat(facts.osName()).isEqualTo("macOS 26");
        assertThat(facts.freeDisk()).isEqualTo("2.0 TB");
    }

    @Test
    void facts_withAFailingTool_markThatFactUnknown_andLogWhy() {
        mac.mode("sysctl", Mode.GARBAGE);
        mac.removeHost("computer-name");

        SystemFacts facts = real.facts().value();

        assertThat(facts.chip()).isEqualTo(SystemFacts.UNKNOWN);
        assertThat(facts.memory()).isEqualTo(SystemFacts.UNKNOWN);
        assertThat(facts.computerName()).isEqualTo(SystemFacts.UNKNOWN);
        assertThat(facts.serialNumber()).isEqualTo("C02XK1ABCDEF");
        assertThat(log)
                .anyMatch(l -> l.startsWith("fact unknown: /usr/sbin/sysctl printed something we do not understand"))
                .anyMatch(l -> l.equals("fact unknown: /usr/sbin/scutil failed: exit 1: ComputerName: not set"));
    }

    @Test
    void recon_runsTheJamfBinaryWhereJamfInstallsIt_notTheLinkInUsrLocalBin() {
        assertThat(real.recon().value()).isTrue();
        assertThat(mac.calls("/usr/local/jamf/bin/jamf").get(0).args()).containsExactly("recon");
        assertThat(mac.calls("/usr/local/bin/jamf")).isEmpty();
    }

    @Test
    void recon_usesUsrLocalBin_onlyWhenTheBinaryIsMissing() throws Exception {
        Path link = mac.tool("/usr/local/bin/jamf");
        Path binary = mac.tool("/usr/local/jamf/bin/jamf");
        Files.delete(link);
        Files.copy(binary, link);
        mac.removeTool("/usr/local/jamf/bin/jamf");

        assertThat(real.recon().value()).isTrue();
        assertThat(mac.calls("/usr/local/bin/jamf")).hasSize(1);
    }

    @Test
    void recon_refusesAJamfPlantedInAUserWritableUsrLocalBin_andNeverRunsIt() throws Exception {
        Path link = mac.tool("/usr/local/bin/jamf");
        Files.delete(link);
        Files.copy(mac.tool("/usr/local/jamf/bin/jamf"), link);
        mac.removeTool("/usr/local/jamf/bin/jamf");
        Files.setAttribute(link.getParent(), "unix:uid", 501); // Homebrew on an Intel Mac: the user's folder

        ToolFailure f = failure(real.recon());

        assertThat(f.kind()).isEqualTo(Kind.UNTRUSTED);
        assertThat(f.describe()).contains("/usr/local/bin").contains("owned by uid 501");
        assertThat(mac.calls("/usr/local/bin/jamf")).isEmpty();
    }

    @Test
    void aToolOwnedByAUser_isRefused_andNeverRun() throws Exception {
        Path profiles = mac.tool("/usr/bin/profiles");
        Files.setAttribute(profiles, "unix:uid", 501);

        ToolFailure f = failure(real.bootstrapTokenStatus());

        assertThat(f.kind()).isEqualTo(Kind.UNTRUSTED);
        assertThat(f.describe()).startsWith("/usr/bin/profiles is not safe to run as root");
        assertThat(mac.calls("/usr/bin/profiles")).isEmpty();
    }

    @Test
    void aGroupWritableTool_isRefused_andNeverRun() throws Exception {
        Path dscl = mac.tool("/usr/bin/dscl");
        Files.setPosixFilePermissions(dscl, PosixFilePermissions.fromString("rwxrwxr-x"));

        assertThat(failure(real.account("alice")).kind()).isEqualTo(Kind.UNTRUSTED);
        assertThat(mac.calls("/usr/bin/dscl")).isEmpty();
    }

    @Test
    void recon_withNoJamfAtAll_failsAsMissing() {
        mac.removeTool("/usr/local/bin/jamf").removeTool("/usr/local/jamf/bin/jamf");

        ToolFailure f = failure(real.recon());
        assertThat(f.kind()).isEqualTo(Kind.MISSING);
        assertThat(f.tool()).isEqualTo("/usr/local/jamf/bin/jamf");
    }

    @Test
    void asConsoleUser_runsTheCommandThroughLaunchctlAndSudo_asSwiftDialogDoes() {
        ConsoleUser.LoggedIn alice = new ConsoleUser.LoggedIn("alice", 501);

        List<String> argv = real.asConsoleUser(alice, List.of("/bin/sh", "-c", "echo \"$HOME $USER\""));

        assertThat(argv)
                .containsExactly(
                        mac.tool("/bin/launchctl").toString(),
                        "asuser",
                        "501",
                        mac.tool("/usr/bin/sudo").toString(),
                        "-H",
                        "-u",
                        "alice",
                        "/bin/sh",
                        "-c",
                        "echo \"$HOME $USER\"");
        ProcessOutput out = new CommandRunner()
                .run(new Command(
                        "launchctl",
                        mac.tool("/bin/launchctl"),
                        argv.subList(1, argv.size()),
                        null,
                        Duration.ofSeconds(10)))
                .value();
        assertThat(out.stdout()).isEqualTo("/Users/alice alice\n");
        assertThat(mac.calls()).extracting(FakeSysroot.Call::tool).containsExactly("/bin/launchctl", "/usr/bin/sudo");
    }

    @Test
    void diagnostics_getOneLinePerToolRun() {
        real.bootstrapTokenStatus();
        real.consoleUser();

        assertThat(log).hasSize(2);
        assertThat(log.get(0)).matches("ran /usr/bin/profiles status -type bootstraptoken: exit 0 in \\d+ ms");
        assertThat(log.get(1)).matches("ran /usr/sbin/scutil: exit 0 in \\d+ ms");
    }
}
