package org.escrowbootstrap.system.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.ConsoleUser;
import org.escrowbootstrap.system.EscrowAttempt;
import org.escrowbootstrap.system.InstallWindow;
import org.escrowbootstrap.system.MacSystem;
import org.escrowbootstrap.system.PasswordCheck;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.SystemFacts;
import org.escrowbootstrap.system.TokenStatus;
import org.escrowbootstrap.system.ToolFailure;
import org.escrowbootstrap.system.UserAccount;

/**
 * A Mac answered in-process from a {@link Scenario}: for tests and the preview, on any OS.
 *
 * <p>It keeps state like a Mac would: the admin group changes when asked, the token becomes escrowed after a
 * successful escrow (after a lag in {@link Scenario#PENDING_THEN_ESCROWED}), and a standard user's escrow works
 * only while the user is in the admin group. It records every question asked (never a password), and is safe to
 * use from several threads. Time comes from an injected {@link Clock} and waits go through an injected
 * {@link Sleeper}, so tests run the lag and the hang without waiting.
 */
public final class SimulatedMac implements MacSystem {

    /** The simulated user's short name. */
    public static final String USER = "avery";

    /** The simulated user's full name. */
    public static final String FULL_NAME = "Avery Quinn";

    /** The password that works in every scenario that accepts one. */
    public static final String DEMO_PASSWORD = "bootstrap";

    /** The simulated user's GeneratedUID. */
    public static final String GENERATED_UID = "6F1C2B1E-3D4A-4E5B-9C8D-7A6B5C4D3E2F";

    static final String PROFILES = "/usr/bin/profiles";
    static final String AUTH_FAILED_TEXT = "profiles: Unable to authenticate user information.";
    static final String ESCROW_ERROR_TEXT = "profiles: Unable to verify token (err = -69594).";
    static final String UNRECOGNISED_STATUS = "profiles: Bootstrap Token status unavailable (err = -69590)";

    /** Pauses the simulation; tests pass one that advances their clock instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One question the workflow asked, with its argument (never a secret). */
    public record Call(String method, String argument) {
        @Override
        public String toString() {
            return argument.isEmpty() ? method + "()" : method + "(" + argument + ")";
        }
    }

    private final Scenario scenario;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration lag;
    private final Duration hang;
    private final boolean reconFails;
    private final String acceptedPassword;

    private final List<Call> calls = new ArrayList<>();
    private boolean admin;
    private boolean escrowed;
    private Instant escrowVisibleAt = Instant.MIN;
    private int passwordChecks;

    private SimulatedMac(Builder b) {
        this.scenario = b.scenario;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.lag = b.lag;
        this.hang = b.hang;
        this.reconFails = b.reconFails;
        this.acceptedPassword = b.acceptedPassword;
        this.admin = scenario.setup().admin();
        this.escrowed = scenario.setup().escrowed();
    }

    /** The scenario with the system clock and real pauses, as the preview runs it. */
    public static SimulatedMac of(Scenario scenario) {
        return builder(scenario).build();
    }

    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Every question asked so far, in order. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** How many times {@code method} was asked. */
    public synchronized long count(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).count();
    }

    /** Whether the simulated user is in the admin group now. */
    public synchronized boolean isAdmin() {
        return admin;
    }

    /** Whether the token is escrowed now (the server's view, before any lag). */
    public synchronized boolean isEscrowed() {
        return escrowed;
    }

    @Override
    public synchronized Result<ConsoleUser> consoleUser() {
        record("consoleUser", "");
        return Result.ok(scenario.setup().consoleUser());
    }

    @Override
    public synchronized Result<UserAccount> account(String shortName) {
        record("account", shortName);
        if (!USER.equals(shortName)) {
            return Result.failed(
                    "/usr/bin/dscl",
                    ToolFailure.Kind.EXIT_STATUS,
                    "<dscl_cmd> DS Error: -14136" + " (eDSRecordNotFound)");
        }
        String realName = scenario.setup().fullName() ? FULL_NAME : null;
        return Result.ok(new UserAccount(USER, realName, GENERATED_UID, "/Users/" + USER, admin));
    }

    @Override
    public synchronized Result<Boolean> isFileVaultUser(UserAccount account) {
        record("isFileVaultUser", account.shortName());
        return Result.ok(USER.equals(account.shortName()) && scenario.setup().secureToken());
    }

    @Override
    public synchronized Result<Boolean> hasSecureToken(String shortName) {
        record("hasSecureToken", shortName);
        return Result.ok(USER.equals(shortName) && scenario.setup().secureToken());
    }

    @Override
    public Result<TokenStatus> bootstrapTokenStatus() {
        Scenario.StatusBehaviour behaviour;
        synchronized (this) {
            record("bootstrapTokenStatus", "");
            behaviour = scenario.setup().status();
        }
        if (behaviour == Scenario.StatusBehaviour.HANGS) {
            // Outside the lock: a hanging tool must not freeze the other questions.
            pause(hang);
            return Result.failed(PROFILES, ToolFailure.Kind.TIMED_OUT, "after " + hang.toSeconds() + " s");
        }
        synchronized (this) {
            if (behaviour == Scenario.StatusBehaviour.UNRECOGNISED) {
                return Result.ok(new TokenStatus(TokenStatus.State.UNKNOWN, UNRECOGNISED_STATUS));
            }
            if (!scenario.setup().supported()) {
                return Result.ok(new TokenStatus(
                        TokenStatus.State.NOT_SUPPORTED, "profiles: Bootstrap Token supported on server: NO"));
            }
            boolean visible = escrowed && !clock.instant().isBefore(escrowVisibleAt);
            String raw = "profiles: Bootstrap Token supported on server: YES\n"
                    + "profiles: Bootstrap Token escrowed to server: " + (visible ? "YES" : "NO");
            return Result.ok(
                    new TokenStatus(visible ? TokenStatus.State.ESCROWED : TokenStatus.State.NOT_ESCROWED, raw));
        }
    }

    @Override
    public synchronized Result<PasswordCheck> verifyPassword(String shortName, Secret password) {
        record("verifyPassword", shortName);
        passwordChecks++;
        if (scenario.setup().password() == Scenario.PasswordRule.DISABLED) {
            return Result.ok(new PasswordCheck(
                    PasswordCheck.Verdict.ACCOUNT_DISABLED,
                    "Authentication for node /Local/Default failed. (-14167, eDSAuthAccountDisabled)"));
        }
        if (accepts(shortName, password)) {
            return Result.ok(new PasswordCheck(PasswordCheck.Verdict.CORRECT, ""));
        }
        return Result.ok(new PasswordCheck(
                PasswordCheck.Verdict.INCORRECT,
                "Authentication for node /Local/Default failed. (-14090, eDSAuthFailed)"));
    }

    @Override
    public synchronized Result<EscrowAttempt> escrow(String shortName, Secret password, InstallWindow window) {
        try {
            return install(shortName, password);
        } finally {
            window.afterInstall().run();
        }
    }

    private Result<EscrowAttempt> install(String shortName, Secret password) {
        record("escrow", shortName);
        Scenario.Setup setup = scenario.setup();
        if (!setup.supported()) {
            return Result.ok(new EscrowAttempt(
                    EscrowAttempt.Outcome.NOT_SUPPORTED,
                    "Bootstrap Token functionality is not supported on the server."));
        }
        if (!USER.equals(shortName)
                || !setup.secureToken()
                || !admin
                || setup.password() == Scenario.PasswordRule.NONE
                || setup.password() == Scenario.PasswordRule.DISABLED
                || !matchesDemo(password)) {
            return Result.ok(new EscrowAttempt(EscrowAttempt.Outcome.AUTHENTICATION_FAILED, AUTH_FAILED_TEXT));
        }
        return switch (setup.escrow()) {
            case FAILS -> Result.ok(new EscrowAttempt(EscrowAttempt.Outcome.FAILED, ESCROW_ERROR_TEXT));
            case LAGS -> {
                escrowed = true;
                escrowVisibleAt = clock.instant().plus(lag);
                yield Result.ok(new EscrowAttempt(
                        EscrowAttempt.Outcome.PENDING, "profiles: Bootstrap Token escrowed to server."));
            }
            case WORKS -> {
                escrowed = true;
                escrowVisibleAt = clock.instant();
                yield Result.ok(new EscrowAttempt(
                        EscrowAttempt.Outcome.ESCROWED, "profiles: Bootstrap Token escrowed to server."));
            }
        };
    }

    @Override
    public synchronized Result<Boolean> addToAdminGroup(String shortName) {
        record("addToAdminGroup", shortName);
        admin = true;
        return Result.ok(true);
    }

    @Override
    public synchronized Result<Boolean> removeFromAdminGroup(String shortName) {
        record("removeFromAdminGroup", shortName);
        admin = false;
        return Result.ok(true);
    }

    @Override
    public synchronized Result<SystemFacts> facts() {
        record("facts", "");
        return Result.ok(new SystemFacts(
                "Avery's MacBook Pro",
                "MacBook Pro (14-inch, Nov 2023)",
                "Apple M3 Pro",
                "K7WQ3XN9LP",
                "36 GB",
                "306 GB",
                "Sequoia",
                "15.3.1"));
    }

    @Override
    public synchronized Result<Boolean> recon() {
        record("recon", "");
        if (reconFails) {
            return Result.failed(
                    "/usr/local/jamf/bin/jamf",
                    ToolFailure.Kind.EXIT_STATUS,
                    "Could not connect to the" + " JSS. Looking for cached policies...");
        }
        return Result.ok(true);
    }

    private boolean accepts(String shortName, Secret password) {
        if (!USER.equals(shortName)) {
            return false;
        }
        return switch (scenario.setup().password()) {
            case DEMO -> matchesDemo(password);
            case FIRST_REFUSED -> passwordChecks > 1 && matchesDemo(password);
            case NONE, DISABLED -> false;
        };
    }

    private boolean matchesDemo(Secret password) {
        try (Secret demo = Secret.of(acceptedPassword)) {
            return password.contentEquals(demo);
        }
    }

    private void record(String method, String argument) {
        calls.add(new Call(method, argument == null ? "" : argument));
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Options beyond the scenario: time, the lag and hang lengths, a failing recon. */
    public static final class Builder {
        private final Scenario scenario;
        private Clock clock = Clock.systemDefaultZone();
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private Duration lag = Duration.ofSeconds(3);
        private Duration hang = Duration.ofSeconds(2);
        private boolean reconFails;
        private String acceptedPassword = DEMO_PASSWORD;

        private Builder(Scenario scenario) {
            if (scenario == null) {
                throw new IllegalArgumentException("scenario must not be null");
            }
            this.scenario = scenario;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            sleeper = value;
            return this;
        }

        /** How long the status still reads NO after the escrow in {@link Scenario#PENDING_THEN_ESCROWED}. */
        public Builder lag(Duration value) {
            lag = value;
            return this;
        }

        /** How long the hanging tool of {@link Scenario#TOOL_HANGS} takes before it is "stopped". */
        public Builder hang(Duration value) {
            hang = value;
            return this;
        }

        /** Makes {@code jamf recon} fail, to show that a failed recon is not a failed escrow. */
        public Builder reconFails(boolean value) {
            reconFails = value;
            return this;
        }

        /** Accepts {@code password} instead of {@link #DEMO_PASSWORD} (tests that look for it in every output). */
        public Builder acceptedPassword(String password) {
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("the accepted password must not be empty");
            }
            acceptedPassword = password;
            return this;
        }

        public SimulatedMac build() {
            return new SimulatedMac(this);
        }
    }
}
