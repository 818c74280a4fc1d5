package org.escrowbootstrap.system.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.ConsoleUser;
import org.escrowbootstrap.system.EscrowAttempt;
import org.escrowbootstrap.system.PasswordCheck;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.SystemFacts;
import org.escrowbootstrap.system.TokenStatus;
import org.escrowbootstrap.system.ToolFailure;
import org.escrowbootstrap.system.UserAccount;
import org.escrowbootstrap.testing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulated Mac answers like the real tools would, per scenario, keeps state, and records what was asked. */
class SimulatedMacTest {

    private final ManualClock clock = ManualClock.at("2026-11-28T09:00:00");

    private SimulatedMac sim(Scenario scenario) {
        return SimulatedMac.builder(scenario)
                .clock(clock)
                .sleeper(clock::advance)
                .build();
    }

    private static Secret demo() {
        return Secret.of(SimulatedMac.DEMO_PASSWORD);
    }

    @Test
    void notEscrowed_statusReadsLikeProfiles() {
        TokenStatus status = sim(Scenario.NOT_ESCROWED).bootstrapTokenStatus().value();

        assertThat(status.state()).isEqualTo(TokenStatus.State.NOT_ESCROWED);
        assertThat(status.raw())
                .isEqualTo("profiles: Bootstrap Token supported on server: YES\n"
                        + "profiles: Bootstrap Token escrowed to server: NO");
    }

    @Test
    void notEscrowed_demoPasswordEscrows_andTheStatusFollows() {
        SimulatedMac mac = sim(Scenario.NOT_ESCROWED);

        assertThat(mac.verifyPassword("avery", demo()).value().isCorrect()).isTrue();
        assertThat(mac.escrow("avery", demo()).value().outcome()).isEqualTo(EscrowAttempt.Outcome.ESCROWED);
        assertThat(mac.bootstrapTokenStatus().value().state()).isEqualTo(TokenStatus.State.ESCROWED);
        assertThat(mac.isEscrowed()).isTrue();
    }

    @Test
    void notEscrowed_wrongPassword_isRefusedByDsclAndProfiles() {
        SimulatedMac mac = sim(Scenario.NOT_ESCROWED);

        PasswordCheck check = mac.verifyPassword("avery", Secret.of("wrong")).value();
        EscrowAttempt attempt = mac.escrow("avery", Secret.of("wrong")).value();

        assertThat(check.verdict()).isEqualTo(PasswordCheck.Verdict.INCORRECT);
        assertThat(check.toolText()).contains("eDSAuthFailed");
        assertThat(attempt.outcome()).isEqualTo(EscrowAttempt.Outcome.AUTHENTICATION_FAILED);
        assertThat(attempt.toolText()).contains("Unable to authenticate user information");
        assertThat(mac.isEscrowed()).isFalse();
    }

    @Test
    void alreadyEscrowed_statusSaysYes() {
        assertThat(sim(Scenario.ALREADY_ESCROWED).bootstrapTokenStatus().value().isEscrowed())
                .isTrue();
    }

    @Test
    void wrongPasswordFirst_refusesTheFirstTryEvenIfRight_thenAcceptsTheDemoPassword() {
        SimulatedMac mac = sim(Scenario.WRONG_PASSWORD_FIRST);

        assertThat(mac.verifyPassword("avery", demo()).value().isCorrect()).isFalse();
        assertThat(mac.verifyPassword("avery", Secret.of("nope")).value().isCorrect())
                .isFalse();
        assertThat(mac.verifyPassword("avery", demo()).value().isCorrect()).isTrue();
    }

    @Test
    void wrongPasswordAlways_refusesEverything() {
        SimulatedMac mac = sim(Scenario.WRONG_PASSWORD_ALWAYS);

        assertThat(mac.verifyPassword("avery", demo()).value().isCorrect()).isFalse();
        assertThat(mac.escrow("avery", demo()).value().outcome())
                .isEqualTo(EscrowAttempt.Outcome.AUTHENTICATION_FAILED);
    }

    @Test
    void notFileVaultUser_hasNoTokenAndCannotEscrow() {
        SimulatedMac mac = sim(Scenario.NOT_FILEVAULT_USER);
        UserAccount account = mac.account("avery").value();

        assertThat(mac.hasSecureToken("avery").value()).isFalse();
        assertThat(mac.isFileVaultUser(account).value()).isFalse();
        assertThat(mac.escrow("avery", demo()).value().outcome())
                .isEqualTo(EscrowAttempt.Outcome.AUTHENTICATION_FAILED);
    }

    @Test
    void standardUser_escrowsOnlyWhileInTheAdminGroup() {
        SimulatedMac mac = sim(Scenario.STANDARD_USER);

        assertThat(mac.account("avery").value().admin()).isFalse();
        assertThat(mac.escrow("avery", demo()).value().outcome())
                .isEqualTo(EscrowAttempt.Outcome.AUTHENTICATION_FAILED);
        mac.addToAdminGroup("avery");
        assertThat(mac.account("avery").value().admin()).isTrue();
        assertThat(mac.escrow("avery", demo()).value().outcome()).isEqualTo(EscrowAttempt.Outcome.ESCROWED);
        mac.removeFromAdminGroup("avery");
        assertThat(mac.isAdmin()).isFalse();
    }

    @Test
    void notSupported_printsTheOneLine_andEscrowSaysNotSupported() {
        SimulatedMac mac = sim(Scenario.NOT_SUPPORTED);

        TokenStatus status = mac.bootstrapTokenStatus().value();
        assertThat(status.state()).isEqualTo(TokenStatus.State.NOT_SUPPORTED);
        assertThat(status.raw()).isEqualTo("profiles: Bootstrap Token supported on server: NO");
        assertThat(mac.escrow("avery", demo()).value().outcome()).isEqualTo(EscrowAttempt.Outcome.NOT_SUPPORTED);
    }

    @Test
    void escrowFails_withTheToolsErrorText() {
        EscrowAttempt attempt =
                sim(Scenario.ESCROW_FAILS).escrow("avery", demo()).value();

        assertThat(attempt.outcome()).isEqualTo(EscrowAttempt.Outcome.FAILED);
        assertThat(attempt.toolText()).isEqualTo("profiles: Unable to verify token (err = -69594).");
    }

    @Test
    void pending_statusStaysNoForTheLag_thenYes() {
        SimulatedMac mac = SimulatedMac.builder(Scenario.PENDING_THEN_ESCROWED)
                .clock(clock)
                .lag(Duration.ofSeconds(3))
                .build();

        assertThat(mac.escrow("avery", demo()).value().outcome()).isEqualTo(EscrowAttempt.Outcome.PENDING);
        assertThat(mac.bootstrapTokenStatus().value().isEscrowed()).isFalse();
        clock.advance(Duration.ofMillis(2999));
        assertThat(mac.bootstrapTokenStatus().value().isEscrowed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(mac.bootstrapTokenStatus().value().isEscrowed()).isTrue();
    }

    @Test
    void nobodyScenarios_reportWhoIsAtTheConsole() {
        assertThat(sim(Scenario.NOBODY_LOGGED_IN).consoleUser().value())
                .isEqualTo(new ConsoleUser.Nobody(ConsoleUser.Reason.LOGIN_WINDOW));
        assertThat(sim(Scenario.SETUP_ASSISTANT).consoleUser().value())
                .isEqualTo(new ConsoleUser.Nobody(ConsoleUser.Reason.SETUP_ASSISTANT));
        assertThat(sim(Scenario.ROOT_SESSION).consoleUser().value())
                .isEqualTo(new ConsoleUser.Nobody(ConsoleUser.Reason.ROOT));
        assertThat(sim(Scenario.NOT_ESCROWED).consoleUser().value()).isEqualTo(new ConsoleUser.LoggedIn("avery", 501));
    }

    @Test
    void toolHangs_waitsThroughTheSleeper_thenTimesOutNamingTheTool() {
        List<Duration> waits = new ArrayList<>();
        SimulatedMac mac = SimulatedMac.builder(Scenario.TOOL_HANGS)
                .clock(clock)
                .sleeper(waits::add)
                .hang(Duration.ofSeconds(5))
                .build();

        Result<TokenStatus> status = mac.bootstrapTokenStatus();

        assertThat(waits).containsExactly(Duration.ofSeconds(5));
        assertThat(status).isInstanceOf(Result.Failed.class);
        ToolFailure failure = ((Result.Failed<TokenStatus>) status).failure();
        assertThat(failure.tool()).isEqualTo("/usr/bin/profiles");
        assertThat(failure.kind()).isEqualTo(ToolFailure.Kind.TIMED_OUT);
        assertThat(failure.describe()).isEqualTo("/usr/bin/profiles did not finish in time: after 5 s");
    }

    @Test
    void unknownStatus_isUnknownWithRawText() {
        TokenStatus status = sim(Scenario.UNKNOWN_STATUS).bootstrapTokenStatus().value();

        assertThat(status.state()).isEqualTo(TokenStatus.State.UNKNOWN);
        assertThat(status.raw()).contains("err = -69590");
    }

    @Test
    void noFullName_accountHasNoRealNameAndNoFirstName() {
        UserAccount account = sim(Scenario.NO_FULL_NAME).account("avery").value();

        assertThat(account.realName()).isNull();
        assertThat(account.firstName()).isNull();
        assertThat(sim(Scenario.NOT_ESCROWED).account("avery").value().firstName())
                .isEqualTo("Avery");
    }

    @Test
    void accountDisabled_dsclSaysSo() {
        PasswordCheck check =
                sim(Scenario.ACCOUNT_DISABLED).verifyPassword("avery", demo()).value();

        assertThat(check.verdict()).isEqualTo(PasswordCheck.Verdict.ACCOUNT_DISABLED);
        assertThat(check.toolText()).contains("eDSAuthAccountDisabled");
    }

    @Test
    void unknownAccount_failsLikeDscl() {
        Result<UserAccount> result = sim(Scenario.NOT_ESCROWED).account("nobody");

        assertThat(((Result.Failed<UserAccount>) result).failure().describe())
                .isEqualTo("/usr/bin/dscl failed: <dscl_cmd> DS Error: -14136 (eDSRecordNotFound)");
    }

    @Test
    void facts_lookLikeARealMac() {
        SystemFacts facts = sim(Scenario.NOT_ESCROWED).facts().value();

        assertThat(facts.chip()).isEqualTo("Apple M3 Pro");
        assertThat(facts.memory()).isEqualTo("36 GB");
        assertThat(facts.osVersion()).startsWith("15.");
        assertThat(facts.serialNumber()).matches("[A-Z0-9]{10}");
    }

    @Test
    void recon_succeedsOrFailsAsBuilt() {
        assertThat(sim(Scenario.NOT_ESCROWED).recon().isOk()).isTrue();
        assertThat(SimulatedMac.builder(Scenario.NOT_ESCROWED)
                        .reconFails(true)
                        .build()
                        .recon()
                        .isOk())
                .isFalse();
    }

    @Test
    void acceptedPassword_replacesTheDemoPassword() {
        SimulatedMac mac = SimulatedMac.builder(Scenario.NOT_ESCROWED)
                .acceptedPassword("other")
                .build();

        assertThat(mac.verifyPassword("avery", demo()).value().isCorrect()).isFalse();
        assertThat(mac.verifyPassword("avery", Secret.of("other")).value().isCorrect())
                .isTrue();
    }

    @Test
    void calls_recordQuestionsButNeverThePassword() {
        SimulatedMac mac = sim(Scenario.NOT_ESCROWED);
        mac.consoleUser();
        mac.verifyPassword("avery", demo());
        mac.escrow("avery", demo());

        assertThat(mac.calls())
                .containsExactly(
                        new SimulatedMac.Call("consoleUser", ""),
                        new SimulatedMac.Call("verifyPassword", "avery"),
                        new SimulatedMac.Call("escrow", "avery"));
        assertThat(mac.calls().toString()).doesNotContain(SimulatedMac.DEMO_PASSWORD);
        assertThat(mac.count("escrow")).isEqualTo(1);
    }

    @Test
    void secretsPassedIn_areNotWipedByTheSimulation() {
        Secret password = demo();

        sim(Scenario.NOT_ESCROWED).verifyPassword("avery", password);

        assertThat(password.isWiped()).isFalse();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void calls_fromManyThreads_areAllRecorded() throws Exception {
        SimulatedMac mac = sim(Scenario.NOT_ESCROWED);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 250; i++) {
                        mac.bootstrapTokenStatus();
                        mac.addToAdminGroup("avery");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(mac.calls()).hasSize(8 * 250 * 2);
        assertThat(mac.count("bootstrapTokenStatus")).isEqualTo(2000);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hangingTool_doesNotBlockOtherQuestions() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SimulatedMac mac = SimulatedMac.builder(Scenario.TOOL_HANGS)
                .sleeper(d -> {
                    hanging.countDown();
                    release.await();
                })
                .build();
        Thread status = new Thread(mac::bootstrapTokenStatus);
        status.start();
        hanging.await();

        assertThat(mac.consoleUser().isOk()).isTrue();

        release.countDown();
        status.join();
    }
}
