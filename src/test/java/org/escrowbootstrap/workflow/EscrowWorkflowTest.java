package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.escrowbootstrap.testing.ScriptedPresenter.exit;
import static org.escrowbootstrap.testing.ScriptedPresenter.ok;
import static org.escrowbootstrap.testing.ScriptedPresenter.password;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.system.sim.Scenario;
import org.escrowbootstrap.system.sim.SimulatedMac;
import org.escrowbootstrap.testing.ScriptedPresenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The escrow end to end on every simulated scenario: screens, log lines and exit codes. */
class EscrowWorkflowTest {

    private static final String DEMO = SimulatedMac.DEMO_PASSWORD;
    private static final ImageRef CAUTION = ImageRef.parse("caution");
    private static final ImageRef CHECK = ImageRef.parse("SF=checkmark.circle.fill,colour=#34C759");
    private static final ImageRef STOP = ImageRef.parse("SF=xmark.octagon.fill,colour=#FF3B30");

    @TempDir
    Path root;

    private WorkflowHarness harness(Scenario scenario) {
        return new WorkflowHarness(root, scenario);
    }

    @Test
    void escrow_notEscrowed_asksPasswordShowsProgressAndSuccess() {
        WorkflowHarness.Run run =
                harness(Scenario.NOT_ESCROWED).answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.exitCode()).isZero();
        List<DialogSpec> shown = run.presenter().shown();
        assertThat(shown).hasSize(2);

        DialogSpec prompt = shown.get(0);
        assertThat(prompt.title()).isEqualTo("Bootstrap Token");
        assertThat(prompt.subtitle()).isEqualTo("A one-time security step for this Mac");
        assertThat(prompt.bannerTitle()).isTrue();
        assertThat(prompt.banner()).isEqualTo(ImageRef.parse("colour=#2E4A62"));
        assertThat(prompt.message()).startsWith("Good morning, Avery.\n\nThis Mac's Bootstrap Token is not yet");
        assertThat(prompt.message()).doesNotContain("not accepted");
        assertThat(prompt.icon().overlay()).isEqualTo(CAUTION);
        assertThat(prompt.fields()).hasSize(1);
        TextFieldSpec field = prompt.fields().get(0);
        assertThat(field.secure()).isTrue();
        assertThat(field.required()).isTrue();
        assertThat(field.title()).isEqualTo("Login password");
        assertThat(prompt.buttons().button1Text()).isEqualTo("OK");
        assertThat(prompt.buttons().button2Text()).isEqualTo("Cancel");
        assertThat(prompt.infoBox())
                .isEqualTo(
                        "**System Info**\n\nApple M3 Pro  \nK7WQ3XN9LP  \n36 GB memory  \n306 GB free  \nmacOS 15.3.1");
        assertThat(prompt.window().width()).isEqualTo(820);
        assertThat(prompt.window().height()).isEqualTo(480);
        assertThat(prompt.timer().seconds()).isEqualTo(600);

        DialogSpec progress = run.presenter().displayed().get(0);
        assertThat(progress.waitsForProgram()).isTrue();
        assertThat(progress.progress().indeterminate()).isTrue();
        assertThat(progress.progress().text()).isEqualTo("Sending the token to device management…");
        assertThat(progress.message()).startsWith("### Storing the Bootstrap Token…");

        DialogSpec success = shown.get(1);
        assertThat(success.message()).startsWith("### All done");
        assertThat(success.icon().overlay()).isEqualTo(CHECK);
        assertThat(success.fields()).isEmpty();
        assertThat(success.buttons().button1Text()).isEqualTo("Done");
        assertThat(success.buttons().hasButton2()).isFalse();

        assertThat(run.presenter().wasClosed()).isTrue();
        assertThat(run.presenter().allSecretsWiped()).isTrue();
        assertThat(run.sim().isEscrowed()).isTrue();
        assertThat(run.sim().count("recon")).isEqualTo(1);
        assertThat(run.log())
                .anyMatch(l -> l.contains("INFO  user: avery (console user avery, uid 501)"))
                .anyMatch(l -> l.contains("status: the Bootstrap Token is not escrowed"))
                .anyMatch(l -> l.contains("password: asking avery (attempt 1 of 3)"))
                .anyMatch(l -> l.contains("password: accepted"))
                .anyMatch(l -> l.contains("escrow: the Bootstrap Token is escrowed"))
                .anyMatch(l -> l.contains("recon: done"))
                .last()
                .asString()
                .contains("outcome: ESCROWED")
                .contains("(exit 0)");
        assertThat(run.log().get(0)).matches("2026-11-28 09:41:00 \\[escrow] INFO  Escrow Bootstrap: .*");
    }

    @Test
    void escrow_alreadyEscrowed_showsAlreadyStoredWithoutAskingPassword() {
        WorkflowHarness.Run run =
                harness(Scenario.ALREADY_ESCROWED).answers(ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ALREADY_ESCROWED);
        assertThat(run.exitCode()).isZero();
        DialogSpec screen = run.presenter().shown().get(0);
        assertThat(run.presenter().shown()).hasSize(1);
        assertThat(screen.message()).contains("is already stored");
        assertThat(screen.message()).startsWith("Good morning, Avery.");
        assertThat(screen.icon().overlay()).isEqualTo(CHECK);
        assertThat(screen.fields()).isEmpty();
        assertThat(run.sim().count("verifyPassword")).isZero();
        assertThat(run.sim().count("escrow")).isZero();
        assertThat(run.logText()).contains("status: the Bootstrap Token is already escrowed");
    }

    @Test
    void escrow_alreadyEscrowedWithScreenOff_opensNoWindow() {
        WorkflowHarness.Run run = harness(Scenario.ALREADY_ESCROWED)
                .set("behaviour.showAlreadyEscrowed=false")
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ALREADY_ESCROWED);
        assertThat(run.presenterOpened()).isZero();
        assertThat(run.presenter().nothingShown()).isTrue();
    }

    @Test
    void escrow_wrongPasswordFirst_showsSameScreenWithAttemptsLeftThenSucceeds() {
        WorkflowHarness.Run run = harness(Scenario.WRONG_PASSWORD_FIRST)
                .answers(password("typo"), password(DEMO), ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        List<DialogSpec> shown = run.presenter().shown();
        assertThat(shown).hasSize(3);
        assertThat(shown.get(0).message()).doesNotContain("not accepted");
        assertThat(shown.get(1).message())
                .startsWith(shown.get(0).message())
                .endsWith("\n\n**That password was not accepted. 2 attempts left.**");
        assertThat(shown.get(1).fields()).isEqualTo(shown.get(0).fields());
        assertThat(run.log())
                .anyMatch(l -> l.contains("WARN  password: not accepted (Authentication for node /Local/Default"
                        + " failed. (-14090, eDSAuthFailed))"))
                .anyMatch(l -> l.contains("password: asking avery (attempt 2 of 3)"));
        assertThat(run.presenter().allSecretsWiped()).isTrue();
        assertThat(run.presenter().secretsHandedOut()).isEqualTo(2);
    }

    @Test
    void escrow_aPasswordLongerThanATerminalLine_isRefusedAtOnceWithAClearMessage_neverTriedCut() {
        String tooLong = "é".repeat(512); // 1,024 bytes in UTF-8: one more than a macOS prompt passes on
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .answers(password(tooLong), password(DEMO), ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.sim().count("verifyPassword")).isEqualTo(1);
        assertThat(run.presenter().shown().get(1).message())
                .endsWith("\n\n**That is longer than any password macOS takes at a prompt (1,023 bytes). Check what was"
                        + " typed or pasted.**");
        assertThat(run.log())
                .anyMatch(l -> l.contains("WARN  password: longer than macOS takes at a prompt (1023 bytes)"));
        assertThat(run.presenter().allSecretsWiped()).isTrue();
    }

    @Test
    void escrow_aPasswordThatJustFitsATerminalLine_isTried() {
        String fits = "é".repeat(511) + "x"; // 1,023 bytes
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .answers(password(fits), password(DEMO), ok())
                .run();

        assertThat(run.sim().count("verifyPassword")).isEqualTo(2);
        assertThat(run.presenter().shown().get(1).message()).contains("not accepted");
    }

    @Test
    void escrow_wrongPasswordEveryTime_givesUpAfterThreeAttempts() {
        WorkflowHarness.Run run = harness(Scenario.WRONG_PASSWORD_ALWAYS)
                .answers(password(DEMO), password("other"), password("third"), ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ATTEMPTS_EXHAUSTED);
        assertThat(run.exitCode()).isEqualTo(21);
        List<DialogSpec> shown = run.presenter().shown();
        assertThat(shown).hasSize(4);
        assertThat(shown.get(1).message()).endsWith("**That password was not accepted. 2 attempts left.**");
        assertThat(shown.get(2).message()).endsWith("**That password was not accepted. This is the last attempt.**");
        DialogSpec failure = shown.get(3);
        assertThat(failure.message()).startsWith("### Password not accepted").contains("was not accepted 3 times");
        assertThat(failure.icon().overlay()).isEqualTo(STOP);
        assertThat(run.sim().count("verifyPassword")).isEqualTo(3);
        assertThat(run.sim().count("escrow")).isZero();
        assertThat(run.logText()).contains("ERROR password: 3 attempts used; giving up");
        assertThat(run.presenter().allSecretsWiped()).isTrue();
    }

    @Test
    void escrow_maxAttemptsFromConfig_limitsTheRetries() {
        WorkflowHarness.Run run = harness(Scenario.WRONG_PASSWORD_ALWAYS)
                .set("behaviour.maxAttempts=5")
                .set("texts.passwordIncorrect=Wrong, {attemptsleft} of {maxattempts} left")
                .answers(password("a"), password("b"), password("c"), password("d"), password("e"), ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ATTEMPTS_EXHAUSTED);
        assertThat(run.sim().count("verifyPassword")).isEqualTo(5);
        assertThat(run.presenter().shown().get(1).message()).endsWith("Wrong, 4 of 5 left");
        assertThat(run.presenter().shown().get(3).message()).endsWith("Wrong, 2 of 5 left");
    }

    @Test
    void escrow_emptyPasswordFromScreen_countsAsAnAttemptWithoutAskingDscl() {
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .answers(ok(), password(DEMO), ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.sim().count("verifyPassword")).isEqualTo(1);
        assertThat(run.logText()).contains("password: the screen returned no password");
    }

    @Test
    void escrow_notFileVaultUser_explainsWithoutAskingPassword() {
        WorkflowHarness.Run run = harness(Scenario.NOT_FILEVAULT_USER)
                .set("support.contact=the Service Desk")
                .answers(ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.NOT_ELIGIBLE);
        assertThat(run.exitCode()).isEqualTo(22);
        DialogSpec screen = run.presenter().shown().get(0);
        assertThat(run.presenter().shown()).hasSize(1);
        assertThat(screen.message())
                .contains("The account **avery** cannot store the Bootstrap Token")
                .contains("Please contact the Service Desk.");
        assertThat(screen.icon().overlay()).isEqualTo(STOP);
        assertThat(screen.fields()).isEmpty();
        assertThat(run.sim().count("verifyPassword")).isZero();
        assertThat(run.logText()).contains("ERROR eligibility: avery has no secure token and is not a FileVault user");
    }

    @Test
    void escrow_standardUserWithoutElevation_explainsAndStops() {
        WorkflowHarness.Run run = harness(Scenario.STANDARD_USER).answers(ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.NOT_ELIGIBLE);
        assertThat(run.presenter().shown().get(0).message())
                .startsWith("### Administrator rights needed")
                .contains("**avery** is a standard account");
        assertThat(run.sim().count("addToAdminGroup")).isZero();
        assertThat(run.sim().count("verifyPassword")).isZero();
        assertThat(run.logText()).contains("is a standard user and behaviour.elevateStandardUsers is off");
    }

    @Test
    void escrow_standardUserWithElevation_isAdminOnlyDuringTheEscrow() {
        WorkflowHarness harness = harness(Scenario.STANDARD_USER)
                .set("behaviour.elevateStandardUsers=true")
                .answers(password(DEMO), ok());
        WorkflowHarness.Run run = harness.run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.sim().calls().stream().map(SimulatedMac.Call::method))
                .containsSubsequence("verifyPassword", "addToAdminGroup", "escrow", "removeFromAdminGroup");
        assertThat(run.sim().isAdmin()).isFalse();
        assertThat(harness.runDirectory().resolve(Elevation.MARKER)).doesNotExist();
        assertThat(harness.hooks.activeCount()).isZero();
        assertThat(harness.hooks.registeredNames()).containsExactly("escrow-bootstrap-demote");
        assertThat(run.logText())
                .contains("elevation: adding avery to the admin group for the escrow")
                .contains("elevation: removed avery from the admin group");
    }

    @Test
    void escrow_standardUserWithElevationAndWrongPasswords_neverElevates() {
        WorkflowHarness.Run run = harness(Scenario.STANDARD_USER)
                .set("behaviour.elevateStandardUsers=true")
                .set("behaviour.maxAttempts=1")
                .answers(password("wrong"), ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ATTEMPTS_EXHAUSTED);
        assertThat(run.sim().count("addToAdminGroup")).isZero();
        assertThat(run.sim().isAdmin()).isFalse();
    }

    @Test
    void escrow_serverDoesNotSupportIt_saysSoAndWhomToContact() {
        WorkflowHarness.Run run = harness(Scenario.NOT_SUPPORTED)
                .set("support.contact=help@example.org")
                .answers(ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.NOT_SUPPORTED);
        assertThat(run.exitCode()).isEqualTo(23);
        DialogSpec screen = run.presenter().shown().get(0);
        assertThat(run.presenter().shown()).hasSize(1);
        assertThat(screen.message())
                .contains("does not accept Bootstrap Tokens")
                .contains("Please let help@example.org know.");
        assertThat(screen.icon().overlay()).isEqualTo(STOP);
        assertThat(screen.fields()).isEmpty();
        assertThat(run.sim().count("verifyPassword")).isZero();
        assertThat(run.logText())
                .contains("ERROR status: the MDM server does not support Bootstrap Token escrow"
                        + " (profiles: Bootstrap Token supported on server: NO); no password asked");
    }

    @Test
    void escrow_profilesFails_showsItsErrorText() {
        WorkflowHarness.Run run =
                harness(Scenario.ESCROW_FAILS).answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROW_FAILED);
        assertThat(run.exitCode()).isEqualTo(24);
        DialogSpec failure = run.presenter().shown().get(1);
        assertThat(failure.message())
                .startsWith("### The token was not stored")
                .endsWith("`profiles: Unable to verify token (err = -69594).`");
        assertThat(failure.icon().overlay()).isEqualTo(STOP);
        assertThat(run.sim().count("recon")).isZero();
        assertThat(run.logText()).contains("ERROR escrow: profiles failed: profiles: Unable to verify token");
        assertThat(run.presenter().allSecretsWiped()).isTrue();
    }

    @Test
    void escrow_statusLags_pollsUntilTheServerConfirms() {
        WorkflowHarness harness = harness(Scenario.PENDING_THEN_ESCROWED);
        harness.simBuilder.lag(Duration.ofSeconds(5));
        WorkflowHarness.Run run = harness.answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.presenter().displayed())
                .extracting(spec -> spec.progress().text())
                .containsExactly(
                        "Sending the token to device management…", "Waiting for device management to confirm…");
        assertThat(run.presenter().displayed().get(1).list().items())
                .extracting(ListItem::status)
                .containsExactly(
                        ListItem.Status.SUCCESS,
                        ListItem.Status.SUCCESS,
                        ListItem.Status.SUCCESS,
                        ListItem.Status.WAIT);
        // status before the escrow, then reads at 2 s, 4 s (still NO) and 6 s (YES)
        assertThat(run.sim().count("bootstrapTokenStatus")).isEqualTo(4);
        assertThat(run.logText())
                .contains("escrow: not confirmed yet after 2 s (NOT_ESCROWED)")
                .contains("escrow: the status confirms it after 6 s");
        assertThat(run.presenter().shown().get(1).message()).startsWith("### All done");
    }

    @Test
    void escrow_statusLagsBeyondThePollWindow_reportsNotConfirmed() {
        WorkflowHarness harness = harness(Scenario.PENDING_THEN_ESCROWED).set("behaviour.pollSeconds=4");
        harness.simBuilder.lag(Duration.ofSeconds(60));
        WorkflowHarness.Run run = harness.answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROW_FAILED);
        assertThat(run.sim().count("bootstrapTokenStatus")).isEqualTo(3);
        assertThat(run.presenter().shown().get(1).message()).startsWith("### Not confirmed yet");
        assertThat(run.logText()).contains("ERROR escrow: the server did not confirm the token within 4 s");
        assertThat(run.sim().count("recon")).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = Scenario.class,
            names = {"NOBODY_LOGGED_IN", "SETUP_ASSISTANT", "ROOT_SESSION"})
    void escrow_nobodyAtTheConsole_defersWithoutAnyDialog_andExitsZero(Scenario scenario) {
        WorkflowHarness.Run run = harness(scenario).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.DEFERRED);
        assertThat(run.exitCode()).as("an idle Mac is no failed policy").isZero();
        assertThat(run.presenterOpened()).isZero();
        assertThat(run.presenter().nothingShown()).isTrue();
        assertThat(run.sim().calls()).extracting(SimulatedMac.Call::method).containsExactly("consoleUser");
        assertThat(run.log().stream().filter(l -> l.contains("deferred: nobody to ask (")))
                .hasSize(1);
        assertThat(run.logText()).contains("outcome: DEFERRED").contains("(exit 0)");
    }

    @Test
    void escrow_nobodyAtTheConsole_withFailWhenDeferred_keepsExit30() {
        WorkflowHarness.Run run = harness(Scenario.NOBODY_LOGGED_IN)
                .set("behaviour.failWhenDeferred=true")
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.DEFERRED);
        assertThat(run.exitCode()).isEqualTo(30);
    }

    @Test
    void escrow_setupAssistant_logsWhyNobodyIsAsked() {
        WorkflowHarness.Run run = harness(Scenario.SETUP_ASSISTANT).run();

        assertThat(run.logText())
                .contains("deferred: nobody to ask (Setup Assistant is running); no dialog, nothing changed");
    }

    @Test
    void escrow_toolHangs_showsFailureNamingTheTool() {
        WorkflowHarness.Run run = harness(Scenario.TOOL_HANGS).answers(ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROW_FAILED);
        DialogSpec failure = run.presenter().shown().get(0);
        assertThat(failure.message())
                .startsWith("### Something went wrong")
                .endsWith("`/usr/bin/profiles did not finish in time: after 2 s`");
        assertThat(run.logText()).contains("ERROR status: /usr/bin/profiles did not finish in time: after 2 s");
        assertThat(run.sim().count("verifyPassword")).isZero();
    }

    @Test
    void escrow_unknownStatus_showsTheRawText() {
        WorkflowHarness.Run run = harness(Scenario.UNKNOWN_STATUS).answers(ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROW_FAILED);
        assertThat(run.presenter().shown().get(0).message())
                .startsWith("### Status not recognised")
                .endsWith("`profiles: Bootstrap Token status unavailable (err = -69590)`");
        assertThat(run.logText())
                .contains("ERROR status: not recognised: profiles: Bootstrap Token status unavailable");
    }

    @Test
    void escrow_userWithoutFullName_isGreetedWithoutAName() {
        WorkflowHarness.Run run =
                harness(Scenario.NO_FULL_NAME).answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        String message = run.presenter().shown().get(0).message();
        assertThat(message).startsWith("Good morning.\n\n");
        assertThat(message).doesNotContain(" .").doesNotContain(", .");
        assertThat(run.logText()).contains("user: avery has no full name");
    }

    @Test
    void escrow_disabledAccount_explainsAndStops() {
        WorkflowHarness.Run run =
                harness(Scenario.ACCOUNT_DISABLED).answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.NOT_ELIGIBLE);
        assertThat(run.presenter().shown().get(1).message()).startsWith("### Account disabled");
        assertThat(run.sim().count("escrow")).isZero();
        assertThat(run.presenter().allSecretsWiped()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = ExitCode.class,
            names = {"BUTTON2", "WINDOW_CLOSED", "QUIT_KEY", "TIMER", "COMMAND_QUIT", "CALLER_GONE"})
    void escrow_passwordScreenEndedWithoutOk_isCancelled(ExitCode code) {
        WorkflowHarness.Run run =
                harness(Scenario.NOT_ESCROWED).answers(exit(code)).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.CANCELLED);
        assertThat(run.exitCode()).isEqualTo(20);
        assertThat(run.presenter().shown()).hasSize(1);
        assertThat(run.sim().count("verifyPassword")).isZero();
        assertThat(run.sim().count("escrow")).isZero();
        assertThat(run.presenter().wasClosed()).isTrue();
    }

    @Test
    void escrow_passwordScreenTimesOut_logsTheTimeout() {
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .set("behaviour.dialogTimeoutSeconds=90")
                .answers(exit(ExitCode.TIMER))
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.CANCELLED);
        assertThat(run.logText()).contains("password: no answer within 90 s; treated as cancelled");
    }

    @Test
    void escrow_noDialogTimeout_putsNoTimerOnScreens() {
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .set("behaviour.dialogTimeoutSeconds=0")
                .answers(exit(ExitCode.BUTTON2))
                .run();

        assertThat(run.presenter().shown().get(0).timer()).isNull();
    }

    @Test
    void escrow_uiReportsAnError_isDialogFailed() {
        WorkflowHarness.Run run =
                harness(Scenario.NOT_ESCROWED).answers(exit(ExitCode.ERROR)).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.DIALOG_FAILED);
        assertThat(run.exitCode()).isEqualTo(33);
    }

    @Test
    void escrow_windowCannotBeOpened_isDialogFailedAndChangesNothing() {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        harness.factory = user -> {
            throw new IllegalStateException("no window server for " + user.shortName());
        };
        WorkflowHarness.Run run = harness.run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.DIALOG_FAILED);
        assertThat(run.sim().count("escrow")).isZero();
        assertThat(run.logText())
                .contains("ERROR dialog: no window could be opened for avery (no window server for avery)");
    }

    @Test
    void escrow_resultScreenFails_keepsTheRealOutcome() {
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .answers(password(DEMO), ScriptedPresenter.fail("window gone"))
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.logText()).contains("WARN  dialog: the result screen could not be shown (window gone)");
    }

    @Test
    void escrow_notRoot_stopsBeforeAskingTheMacAnything() {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        harness.host = new Host(false, true, Optional.of(root));
        WorkflowHarness.Run run = harness.run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.PRECONDITION_FAILED);
        assertThat(run.exitCode()).isEqualTo(32);
        assertThat(run.sim().calls()).isEmpty();
        assertThat(run.presenterOpened()).isZero();
        assertThat(run.logText()).contains("ERROR precondition: not running as root");
    }

    @Test
    void escrow_notMacOsAndNoSysroot_stopsBeforeAskingTheMacAnything() {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        harness.host = new Host(true, false, Optional.empty());
        WorkflowHarness.Run run = harness.run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.PRECONDITION_FAILED);
        assertThat(run.sim().calls()).isEmpty();
        assertThat(run.logText()).contains("ERROR precondition: this is not macOS and no --sysroot was given");
    }

    @Test
    void escrow_secondInstance_saysSoAndExitsWithItsOwnCode() {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        InstanceLock.Attempt held = InstanceLock.tryAcquire(harness.runDirectory());
        try {
            WorkflowHarness.Run run = harness.run();

            assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ALREADY_RUNNING);
            assertThat(run.exitCode()).isEqualTo(31);
            assertThat(run.sim().calls()).isEmpty();
            assertThat(run.presenterOpened()).isZero();
            assertThat(run.logText()).contains("ERROR lock: another escrow run is in progress (");
        } finally {
            ((InstanceLock.Acquired) held).lock().close();
        }
        WorkflowHarness.Run after = new WorkflowHarness(root, Scenario.ALREADY_ESCROWED)
                .answers(ok())
                .run();
        assertThat(after.outcome()).isEqualTo(WorkflowOutcome.ALREADY_ESCROWED);
    }

    @Test
    void escrow_runDirectoryUnusable_isAPreconditionFailure() throws Exception {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        Path blocker = harness.runDirectory().getParent();
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "a file where the folder should be");
        WorkflowHarness.Run run = harness.run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.PRECONDITION_FAILED);
        assertThat(run.logText()).contains("ERROR lock: cannot use ");
    }

    @Test
    void escrow_selfServiceExitZero_turnsUserFacingFailuresIntoZero() {
        WorkflowHarness.Run cancelled = harness(Scenario.NOT_ESCROWED)
                .set("behaviour.selfServiceExitZero=true")
                .answers(exit(ExitCode.BUTTON2))
                .run();
        WorkflowHarness.Run nobody = new WorkflowHarness(root, Scenario.NOBODY_LOGGED_IN)
                .set("behaviour.selfServiceExitZero=true")
                .set("behaviour.failWhenDeferred=true")
                .run();

        assertThat(cancelled.outcome()).isEqualTo(WorkflowOutcome.CANCELLED);
        assertThat(cancelled.exitCode()).isZero();
        assertThat(cancelled.logText()).contains("outcome: CANCELLED").contains("(exit 0, 0 for Self Service)");
        assertThat(nobody.exitCode())
                .as("no screen: Self Service's switch does not touch it")
                .isEqualTo(30);
    }

    @Test
    void escrow_reconOff_doesNotRunRecon() {
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .set("behaviour.runRecon=false")
                .answers(password(DEMO), ok())
                .run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.sim().count("recon")).isZero();
    }

    @Test
    void escrow_reconFails_isLoggedNotAFailedEscrow() {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        harness.simBuilder.reconFails(true);
        WorkflowHarness.Run run = harness.answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.exitCode()).isZero();
        assertThat(run.logText())
                .contains("WARN  recon: /usr/local/jamf/bin/jamf failed: Could not connect to the JSS.")
                .contains("the escrow itself succeeded");
    }

    @Test
    void escrow_jamfUserIsADirectoryName_asksAndEscrowsForTheConsoleUser_withOneWarning() {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        harness.jamfUser = Optional.of("ASmith@corp.example"); // Self Service with user login
        WorkflowHarness.Run run = harness.answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.log().stream().filter(l -> l.contains("WARN  user:")))
                .containsExactly(run.log().stream()
                        .filter(l -> l.contains("WARN  user: Jamf passed \"ASmith@corp.example\" ($3), which is not"
                                + " the console user; asking avery, who is at the console"))
                        .findFirst()
                        .orElseThrow());
        assertThat(run.sim().calls()).contains(new SimulatedMac.Call("escrow", "avery"));
        assertThat(run.sim().calls()).noneMatch(c -> c.argument().contains("ASmith"));
    }

    @Test
    void escrow_jamfUserNamingTheConsoleUser_isUsedWithoutAWarning_whateverItsCase() {
        WorkflowHarness harness = harness(Scenario.ALREADY_ESCROWED);
        harness.jamfUser = Optional.of("Avery");
        WorkflowHarness.Run run = harness.answers(ok()).run();

        assertThat(run.logText()).doesNotContain("WARN  user:").contains("user: avery (console user avery");
    }

    @Test
    void escrow_jamfUserNamesNobody_usesTheConsoleUser() {
        WorkflowHarness harness = harness(Scenario.ALREADY_ESCROWED);
        harness.jamfUser = Optional.of("root");
        WorkflowHarness.Run run = harness.answers(ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ALREADY_ESCROWED);
        assertThat(run.logText()).contains("user: avery (console user avery, uid 501)");
    }

    @Test
    void escrow_configProblems_areLoggedAtTheStart() {
        WorkflowHarness.Run run = harness(Scenario.ALREADY_ESCROWED)
                .set("branding.bannr=colour=red")
                .set("behaviour.maxAttempts=lots")
                .answers(ok())
                .run();

        assertThat(run.log().get(1))
                .contains("WARN  config: command line: \"branding.bannr\": unknown key (did you mean"
                        + " \"branding.banner\"?); ignored");
        assertThat(run.log().get(2))
                .contains("\"behaviour.maxAttempts\": must be a whole number from 1 to 10, got"
                        + " \"lots\"; using 3 from default");
        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ALREADY_ESCROWED);
    }

    @Test
    void run_twice_isRefused() {
        WorkflowHarness harness = harness(Scenario.NOBODY_LOGGED_IN);
        EscrowWorkflow workflow = EscrowWorkflow.builder()
                .mac(harness.simBuilder.build())
                .presenter(harness.presenter)
                .host(harness.host)
                .log(EscrowLog.stdoutOnly(new PrintStream(OutputStream.nullOutputStream()), harness.clock))
                .shutdownHooks(harness.hooks)
                .build();

        assertThat(workflow.run()).isEqualTo(WorkflowOutcome.DEFERRED);
        assertThatThrownBy(workflow::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builder_withoutTheMac_isRefused() {
        assertThatThrownBy(() -> EscrowWorkflow.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MacSystem");
    }

    @Test
    void escrow_logGoesToTheLogFileToo() {
        WorkflowHarness.Run run =
                harness(Scenario.ALREADY_ESCROWED).answers(ok()).run();

        assertThat(run.logFile().lines().toList()).isEqualTo(run.log());
        assertThat(run.stdout().lines().toList()).isEqualTo(run.log());
    }

    @Test
    void escrow_unwritableLogFile_warnsOnceOnStdoutAndGoesOn() throws Exception {
        WorkflowHarness harness = harness(Scenario.NOT_ESCROWED);
        Files.createDirectories(harness.logFile()); // a folder where the file should be
        WorkflowHarness.Run run = harness.answers(password(DEMO), ok()).run();

        assertThat(run.outcome()).isEqualTo(WorkflowOutcome.ESCROWED);
        assertThat(run.stdout().lines().filter(l -> l.contains("cannot open the log file")))
                .hasSize(1);
        assertThat(run.stdout()).contains("logging to stdout only").contains("outcome: ESCROWED");
    }

    @Test
    void escrow_infoButtonWithLink_isOnEveryScreenThatWaitsForTheUser() {
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .set("support.buttonText=Get help")
                .set("support.url=https://help.example.org/bootstrap")
                .answers(password(DEMO), ok())
                .run();

        for (DialogSpec spec : run.presenter().shown()) {
            assertThat(spec.buttons().infoButtonText()).isEqualTo("Get help");
            assertThat(spec.buttons().infoButtonAction()).isEqualTo("https://help.example.org/bootstrap");
        }
    }

    @Test
    void escrow_brandingFromConfig_reachesEveryScreen() {
        WorkflowHarness.Run run = harness(Scenario.NOT_ESCROWED)
                .set("branding.title=Example Corp IT")
                .set("branding.subtitle=")
                .set("branding.banner=colour=#8B0000")
                .set("branding.titleColour=#FFEEDD")
                .set("branding.titleOffset=40")
                .set("branding.icon=SF=key.fill")
                .set("branding.overlayPrompt=warning")
                .set("branding.windowWidth=900")
                .set("branding.infoBox=")
                .answers(password(DEMO), ok())
                .run();

        List<DialogSpec> specs = run.presenter().allSpecs();
        assertThat(specs).hasSize(3);
        for (DialogSpec spec : specs) {
            assertThat(spec.title()).isEqualTo("Example Corp IT");
            assertThat(spec.subtitle()).isNull();
            assertThat(spec.banner()).isEqualTo(ImageRef.parse("colour=#8B0000"));
            assertThat(spec.titleStyle().colour().toString()).isEqualTo("#FFEEDD");
            assertThat(spec.titleStyle().offset()).isEqualTo(40);
            assertThat(spec.icon().icon()).isEqualTo(ImageRef.parse("SF=key.fill"));
            assertThat(spec.window().width()).isEqualTo(900);
            assertThat(spec.infoBox()).isNull();
        }
        assertThat(specs.get(0).icon().overlay()).isEqualTo(ImageRef.parse("warning"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Scenario.class,
            names = {
                "NOT_ESCROWED",
                "WRONG_PASSWORD_FIRST",
                "WRONG_PASSWORD_ALWAYS",
                "STANDARD_USER",
                "ESCROW_FAILS",
                "PENDING_THEN_ESCROWED",
                "ACCOUNT_DISABLED"
            })
    void escrow_password_neverReachesTheLogTheScreensOrTheRecordedCalls(Scenario scenario) {
        String secret = "Tr0ub4dor&3 {greeting} `xyzzy`";
        WorkflowHarness harness = harness(scenario).set("behaviour.elevateStandardUsers=true");
        harness.simBuilder.acceptedPassword(secret);
        harness.answers(password("wrong " + secret), password(secret), password(secret), ok());
        WorkflowHarness.Run run = harness.run();

        assertThat(run.presenter().secretsHandedOut()).isPositive();
        assertThat(run.presenter().allSecretsWiped()).isTrue();
        assertThat(run.stdout()).isNotEmpty().doesNotContain("Tr0ub4dor");
        assertThat(run.logFile()).isNotEmpty().doesNotContain("Tr0ub4dor");
        assertThat(run.logText()).doesNotContain("Tr0ub4dor");
        assertThat(run.sim().calls().toString()).doesNotContain("Tr0ub4dor");
        for (DialogSpec spec : run.presenter().allSpecs()) {
            assertThat(spec.toString()).doesNotContain("Tr0ub4dor");
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void escrow_everyScenario_endsWithItsOutcomeAndWipesEverySecret(Scenario scenario) {
        WorkflowHarness harness = harness(scenario).set("behaviour.elevateStandardUsers=true");
        // Enough answers for the longest path: the demo password each time, then Done.
        for (int i = 0; i < 3; i++) {
            harness.answers(password(DEMO));
        }
        harness.answers(ok());
        WorkflowHarness.Run run = harness.run();

        assertThat(run.outcome()).isEqualTo(expected(scenario));
        assertThat(run.presenter().allSecretsWiped()).isTrue();
        assertThat(run.sim().isAdmin()).isEqualTo(scenario != Scenario.STANDARD_USER);
        assertThat(run.log().get(run.log().size() - 1)).contains("outcome: " + expected(scenario));
    }

    private static WorkflowOutcome expected(Scenario scenario) {
        return switch (scenario) {
            case NOT_ESCROWED,
                    WRONG_PASSWORD_FIRST,
                    STANDARD_USER,
                    PENDING_THEN_ESCROWED,
                    NO_FULL_NAME -> WorkflowOutcome.ESCROWED;
            case ALREADY_ESCROWED -> WorkflowOutcome.ALREADY_ESCROWED;
            case WRONG_PASSWORD_ALWAYS -> WorkflowOutcome.ATTEMPTS_EXHAUSTED;
            case NOT_FILEVAULT_USER, ACCOUNT_DISABLED -> WorkflowOutcome.NOT_ELIGIBLE;
            case NOT_SUPPORTED -> WorkflowOutcome.NOT_SUPPORTED;
            case ESCROW_FAILS, TOOL_HANGS, UNKNOWN_STATUS -> WorkflowOutcome.ESCROW_FAILED;
            case NOBODY_LOGGED_IN, SETUP_ASSISTANT, ROOT_SESSION -> WorkflowOutcome.DEFERRED;
        };
    }
}
