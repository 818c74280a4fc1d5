package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.escrowbootstrap.system.PasswordCheck.Verdict;
import org.escrowbootstrap.system.TokenStatus.State;
import org.escrowbootstrap.system.ToolFailure.Kind;
import org.junit.jupiter.api.Test;

/** The parsers of the tools' output: literal text in, answer out. */
class MacOutputTest {

    private static ProcessOutput out(String stdout) {
        return new ProcessOutput(0, stdout, "", null);
    }

    private static ProcessOutput out(int exit, String stdout, String stderr) {
        return new ProcessOutput(exit, stdout, stderr, null);
    }

    private static TokenStatus.State status(String text) {
        return MacOutput.tokenStatus("/usr/bin/profiles", out(text)).value().state();
    }

    @Test
    void tokenStatus_readsEveryKnownWording() {
        assertThat(status("profiles: Bootstrap Token supported on server: YES\n"
                        + "profiles: Bootstrap Token escrowed to server: YES\n"))
                .isEqualTo(State.ESCROWED);
        assertThat(status("profiles: Bootstrap Token supported on server: YES\n"
                        + "profiles: Bootstrap Token escrowed to server: NO\n"))
                .isEqualTo(State.NOT_ESCROWED);
        assertThat(status("profiles: Bootstrap Token supported on server: NO\n"))
                .isEqualTo(State.NOT_SUPPORTED);
        assertThat(status("profiles: Bootstrap Token supported on server: NO\n"
                        + "profiles: Bootstrap Token escrowed to server: NO\n"))
                .isEqualTo(State.NOT_SUPPORTED);
        assertThat(status("Bootstrap Token functionality is not supported on the server.\n"))
                .isEqualTo(State.NOT_SUPPORTED);
        assertThat(
                        status(
                                "profiles: bootstrap token supported on server: yes\nprofiles: bootstrap token escrowed to server: yes"))
                .isEqualTo(State.ESCROWED);
        assertThat(status("profiles:   Bootstrap Token supported on server :   YES  \n"
                        + "profiles:Bootstrap  Token escrowed to server:NO"))
                .isEqualTo(State.NOT_ESCROWED);
        assertThat(status("profiles: Bootstrap Token supported on server: YES\n"
                        + "profiles: Bootstrap Token escrowed on server: YES"))
                .isEqualTo(State.ESCROWED);
    }

    @Test
    void tokenStatus_thatSpeaksOfTheTokenButDecidesNothing_isUnknown_withTheRawText() {
        TokenStatus s = MacOutput.tokenStatus(
                        "/usr/bin/profiles", out("profiles: Bootstrap Token supported on server: YES\n"))
                .value();

        assertThat(s.state()).isEqualTo(State.UNKNOWN);
        assertThat(s.raw()).isEqualTo("profiles: Bootstrap Token supported on server: YES");
        assertThat(status("profiles: Bootstrap Token escrowed to server: MAYBE"))
                .isEqualTo(State.UNKNOWN);
    }

    @Test
    void tokenStatus_withNothingAboutTheToken_isAFailure() {
        assertThat(CommandRunnerTest.failure(MacOutput.tokenStatus("/usr/bin/profiles", out("hello")))
                        .kind())
                .isEqualTo(Kind.UNRECOGNISED_OUTPUT);
        assertThat(CommandRunnerTest.failure(MacOutput.tokenStatus("/usr/bin/profiles", out("")))
                        .kind())
                .isEqualTo(Kind.NO_OUTPUT);
        assertThat(CommandRunnerTest.failure(MacOutput.tokenStatus("/usr/bin/profiles", out(1, "", "boom")))
                        .describe())
                .isEqualTo("/usr/bin/profiles failed: exit 1: boom");
    }

    @Test
    void consoleUser_readsOnlyTheTopLevelName() {
        String text = "<dictionary> {\n  GID : 20\n  Name : jandoe\n  SessionInfo : <array> {\n"
                + "    0 : <dictionary> {\n      kCGSSessionUserNameKey : other\n      kCGSSessionUserIDKey : 502\n"
                + "    }\n  }\n  UID : 501\n}\n";

        assertThat(MacOutput.consoleUser("/usr/sbin/scutil", out(text)).value())
                .isEqualTo(new ConsoleUser.LoggedIn("jandoe", 501));
    }

    @Test
    void consoleUser_withoutAUidForARealUser_isNotUnderstood() {
        assertThat(CommandRunnerTest.failure(
                                MacOutput.consoleUser("/usr/sbin/scutil", out("<dictionary> {\n  Name : jandoe\n}\n")))
                        .kind())
                .isEqualTo(Kind.UNRECOGNISED_OUTPUT);
    }

    @Test
    void dsclRecord_readsBothLayouts_multipleValues_andMissingKeys() {
        MacOutput.DsclRecord r = MacOutput.dsclRecord("RealName:\n Armin Briegel\nGeneratedUID: 1234-AB\n"
                + "GroupMembership: root alice bob\nNo such key: NFSHomeDirectory\n"
                + "dsAttrTypeNative:accountPolicyData:\n <?xml version=\"1.0\"?>\n");

        assertThat(r.values())
                .isEqualTo(Map.of(
                        "RealName", List.of("Armin Briegel"),
                        "GeneratedUID", List.of("1234-AB"),
                        "GroupMembership", List.of("root", "alice", "bob"),
                        "dsAttrTypeNative:accountPolicyData", List.of("<?xml version=\"1.0\"?>")));
        assertThat(r.missing()).isEqualTo(Set.of("NFSHomeDirectory"));
    }

    @Test
    void dsclRecord_ofSomethingElse_isEmpty() {
        assertThat(MacOutput.dsclRecord("Segmentation fault (core dumped)").isEmpty())
                .isTrue();
        assertThat(MacOutput.dsclRecord(" orphan value").isEmpty()).isTrue();
    }

    @Test
    void checkMember_readsYesAndNo_forThatUserOnly() {
        assertThat(MacOutput.checkMember("t", "ann", out("yes ann is a member of admin\n"))
                        .value())
                .isTrue();
        assertThat(MacOutput.checkMember("t", "ann", out(67, "no ann is NOT a member of admin\n", ""))
                        .value())
                .isFalse();
        assertThat(MacOutput.checkMember("t", "ann", out("yes joanne is a member of admin\n"))
                        .isOk())
                .isFalse();
    }

    @Test
    void groupMembership_isAnExactMatch() {
        assertThat(MacOutput.groupMembership("t", "ann", out("GroupMembership: root joanne\n"))
                        .value())
                .isFalse();
        assertThat(MacOutput.groupMembership("t", "ann", out("GroupMembership: root ann\n"))
                        .value())
                .isTrue();
        assertThat(MacOutput.groupMembership("t", "ann", out("No such key: GroupMembership\n"))
                        .value())
                .isFalse();
    }

    @Test
    void fileVault_matchesFieldsExactly_neverSubstrings() {
        String list = "joanne,9DB1DCA0-9B6A-464F-94A3-32853C5E2987\nannette,1D9F4E2A-6B3C-4D5E-8F70-A1B2C3D4E5F6\n";
        UserAccount ann = new UserAccount("ann", null, "00000000-0000-0000-0000-000000000000", null, false);
        UserAccount joanne = new UserAccount("joanne", null, null, null, false);
        UserAccount byUid = new UserAccount("renamed", null, "1d9f4e2a-6b3c-4d5e-8f70-a1b2c3d4e5f6", null, false);

        assertThat(MacOutput.fileVaultUser("t", ann, out(list)).value()).isFalse();
        assertThat(MacOutput.fileVaultUser("t", joanne, out(list)).value()).isTrue();
        assertThat(MacOutput.fileVaultUser("t", byUid, out(list)).value()).isTrue();
        assertThat(MacOutput.fileVaultUser("t", ann, out("")).value()).isFalse();
        assertThat(MacOutput.fileVaultUser("t", ann, out("Error: FileVault is Off."))
                        .isOk())
                .isFalse();
    }

    @Test
    void secureToken_readsTheNsLogLine_forThatUserOnly() {
        String enabled = "2024-03-12 09:41:07.512 sysadminctl[812:10422] Secure token is ENABLED for user alice\n";

        assertThat(MacOutput.secureToken("t", "alice", out(0, "", enabled)).value())
                .isTrue();
        assertThat(MacOutput.secureToken("t", "alice", out(0, "", enabled.replace("ENABLED", "DISABLED")))
                        .value())
                .isFalse();
        assertThat(MacOutput.secureToken("t", "al", out(0, "", enabled)).isOk()).isFalse();
    }

    @Test
    void passwordCheck_readsTheTranscriptAfterThePrompt() {
        assertThat(MacOutput.passwordCheck("t", out("Password:\n")).value().verdict())
                .isEqualTo(Verdict.CORRECT);
        PasswordCheck wrong = MacOutput.passwordCheck(
                        "t",
                        out(
                                10,
                                "Password:\nAuthentication for node /Local/Default failed. (-14090, eDSAuthFailed)\n"
                                        + "<dscl_cmd> DS Error: -14090 (eDSAuthFailed)\n",
                                ""))
                .value();
        assertThat(wrong.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(wrong.toolText()).startsWith("Authentication for node");
        assertThat(MacOutput.passwordCheck(
                                "t", out(87, "Password:\n<dscl_cmd> DS Error: -14167 (eDSAuthAccountDisabled)", ""))
                        .value()
                        .verdict())
                .isEqualTo(Verdict.ACCOUNT_DISABLED);
        assertThat(CommandRunnerTest.failure(MacOutput.passwordCheck(
                                "t", out(70, "Password:\n<dscl_cmd> DS Error: -14168 (eDSAuthPasswordExpired)", "")))
                        .describe())
                .isEqualTo("t failed: exit 70: <dscl_cmd> DS Error: -14168 (eDSAuthPasswordExpired)");
    }

    @Test
    void escrowIsJudgedByTheStatusAfterwards_thenByTheToolsWords() {
        assertThat(RealMac.judge(1, "profiles: Unable to authenticate user information.", State.ESCROWED))
                .isEqualTo(EscrowAttempt.Outcome.ESCROWED);
        assertThat(RealMac.judge(1, "profiles: Unable to authenticate user information.", State.NOT_ESCROWED))
                .isEqualTo(EscrowAttempt.Outcome.AUTHENTICATION_FAILED);
        assertThat(RealMac.judge(0, "profiles: Bootstrap Token escrowed", State.NOT_ESCROWED))
                .isEqualTo(EscrowAttempt.Outcome.PENDING);
        assertThat(RealMac.judge(1, "Bootstrap Token functionality is not supported on the server.", State.UNKNOWN))
                .isEqualTo(EscrowAttempt.Outcome.NOT_SUPPORTED);
        assertThat(RealMac.judge(0, "anything", State.NOT_SUPPORTED)).isEqualTo(EscrowAttempt.Outcome.NOT_SUPPORTED);
        assertThat(RealMac.judge(1, "Unable to verify token (err = -69594).", State.NOT_ESCROWED))
                .isEqualTo(EscrowAttempt.Outcome.FAILED);
    }

    @Test
    void prompts_matchEveryKnownWording() {
        assertThat(RealMac.ESCROW_PASSWORD_PROMPT
                        .matcher("Enter the password for user 'alice':")
                        .find())
                .isTrue();
        assertThat(RealMac.ESCROW_PASSWORD_PROMPT
                        .matcher("Enter the password for user alice:")
                        .find())
                .isTrue();
        assertThat(RealMac.ESCROW_PASSWORD_PROMPT
                        .matcher("Enter a password for '/',: ")
                        .find())
                .isTrue();
        assertThat(RealMac.ESCROW_PASSWORD_PROMPT
                        .matcher("Enter the password for user 'al")
                        .find())
                .as("not before the prompt is complete")
                .isFalse();
        assertThat(RealMac.ADMIN_NAME_PROMPT
                        .matcher("Enter the admin user name:")
                        .find())
                .isTrue();
    }
}
