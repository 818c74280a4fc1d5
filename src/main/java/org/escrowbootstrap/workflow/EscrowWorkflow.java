package org.escrowbootstrap.workflow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.config.EscrowConfigProblem;
import org.escrowbootstrap.config.LoadedEscrowConfig;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.system.ConsoleUser;
import org.escrowbootstrap.system.MacSystem;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.SystemFacts;
import org.escrowbootstrap.system.TokenStatus;
import org.escrowbootstrap.system.UserAccount;

/**
 * The Bootstrap Token escrow: checks, asks, escrows and reports, one screen after another.
 *
 * <p>Steps: preconditions (root, macOS or a sysroot, one instance, leftover elevation undone), the user, the
 * token status, eligibility, the password (with retries), the escrow with progress and a status poll, the
 * result, and an optional {@code jamf recon}. Every step logs a line; the password never reaches the log. It
 * talks to the screen only through a {@link DialogPresenter}, opened once a user is known to be there, and runs
 * the slow work on the calling thread so the window stays responsive: never call {@link #run()} on the Swing event
 * thread. Build one with {@link #builder()}.
 */
public final class EscrowWorkflow {

    private final EscrowConfig config;
    private final List<EscrowConfigProblem> configProblems;
    private final MacSystem mac;
    private final PresenterFactory presenters;
    private final Clock clock;
    private final Host host;
    private final EscrowLog log;
    private final Optional<String> jamfUser;
    private final Sleeper sleeper;
    private final ShutdownHooks hooks;

    private final EscrowTexts texts;
    private final EscrowScreens screens;
    private final Dialogs dialogs;
    private final ToolFailures toolFailures;
    private boolean ran;

    private EscrowWorkflow(Builder b) {
        this.config = b.config;
        this.configProblems = b.configProblems;
        this.mac = b.mac;
        this.presenters = b.presenters;
        this.clock = b.clock;
        this.host = b.host;
        this.log = b.log;
        this.jamfUser = b.jamfUser;
        this.sleeper = b.sleeper;
        this.hooks = b.hooks;
        this.texts = new EscrowTexts(config, clock);
        this.screens = new EscrowScreens(config, texts, b.infoBoxNote);
        this.dialogs = new Dialogs(presenters, log);
        this.toolFailures = new ToolFailures(log, texts, screens, dialogs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the escrow; never throws for anything the Mac or the user does. A workflow runs once. */
    public WorkflowOutcome run() {
        synchronized (this) {
            if (ran) {
                throw new IllegalStateException("an escrow workflow runs once; build a new one");
            }
            ran = true;
        }
        WorkflowOutcome outcome;
        try {
            outcome = checkHost();
        } catch (Dialogs.Unavailable e) {
            log.error("dialog: " + e.getMessage());
            outcome = WorkflowOutcome.DIALOG_FAILED;
        } catch (RuntimeException e) {
            log.error("internal error: " + e.getClass().getName() + ": " + e.getMessage());
            outcome = WorkflowOutcome.INTERNAL_ERROR;
        } finally {
            dialogs.close();
        }
        boolean exitZero = config.flag(EscrowConfigKey.SELF_SERVICE_EXIT_ZERO);
        log.info("outcome: " + outcome + " — " + outcome.meaning() + " (exit " + exitCode(outcome)
                + (exitZero && outcome.userFacing() ? ", 0 for Self Service" : "") + ")");
        return outcome;
    }

    /** The exit code for {@code outcome} under this run's config. */
    public int exitCode(WorkflowOutcome outcome) {
        return outcome.exitCode(
                config.flag(EscrowConfigKey.SELF_SERVICE_EXIT_ZERO), config.flag(EscrowConfigKey.FAIL_WHEN_DEFERRED));
    }

    private WorkflowOutcome checkHost() {
        log.info("Escrow Bootstrap: checking the Bootstrap Token of this Mac");
        for (EscrowConfigProblem problem : configProblems) {
            if (problem.severity() == EscrowConfigProblem.Severity.ERROR) {
                log.error("config: " + problem);
            } else {
                log.warn("config: " + problem);
            }
        }
        if (!host.root()) {
            log.error("precondition: not running as root (Jamf runs policies as root; by hand use sudo)");
            return WorkflowOutcome.PRECONDITION_FAILED;
        }
        if (!host.macOS() && host.sysroot().isEmpty()) {
            log.error("precondition: this is not macOS and no --sysroot was given");
            return WorkflowOutcome.PRECONDITION_FAILED;
        }
        host.sysroot().ifPresent(root -> log.info("precondition: using the sysroot " + root));
        Path runDirectory = host.resolve(config.text(EscrowConfigKey.RUN_DIRECTORY));
        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(runDirectory);
        if (attempt instanceof InstanceLock.Busy busy) {
            log.error("lock: another escrow run is in progress (" + busy.file() + " is locked); this one stops");
            return WorkflowOutcome.ALREADY_RUNNING;
        }
        if (attempt instanceof InstanceLock.Unusable unusable) {
            log.error("lock: cannot use " + unusable.file() + " (" + unusable.reason() + ")");
            return WorkflowOutcome.PRECONDITION_FAILED;
        }
        try (InstanceLock lock = ((InstanceLock.Acquired) attempt).lock()) {
            log.info("lock: acquired " + runDirectory.resolve(InstanceLock.FILE_NAME));
            Elevation elevation = new Elevation(mac, runDirectory, hooks, log);
            elevation.undoLeftover();
            return findUser(elevation);
        }
    }

    private WorkflowOutcome findUser(Elevation elevation) {
        Result<ConsoleUser> console = mac.consoleUser();
        if (console instanceof Result.Failed<ConsoleUser> failed) {
            log.error("user: cannot tell who is at the console: "
                    + failed.failure().describe());
            return WorkflowOutcome.PRECONDITION_FAILED;
        }
        if (console.value() instanceof ConsoleUser.Nobody nobody) {
            log.info("deferred: nobody to ask (" + describe(nobody.reason()) + "); no dialog, nothing changed; the"
                    + " policy asks at its next run");
            return WorkflowOutcome.DEFERRED;
        }
        ConsoleUser.LoggedIn atConsole = (ConsoleUser.LoggedIn) console.value();
        // The window opens in the console user's session, so the console user is the one asked and escrowed for.
        // Jamf's $3 is a directory name with Self Service user login (ASmith@corp.example), possibly no local
        // account at all: it only confirms, never replaces, the console user.
        String user = atConsole.shortName();
        if (jamfUser.isPresent() && !jamfUser.get().equalsIgnoreCase(user)) {
            log.warn("user: Jamf passed \"" + jamfUser.get() + "\" ($3), which is not the console user; asking " + user
                    + ", who is at the console");
        }
        log.info("user: " + user + " (console user " + atConsole.shortName() + ", uid " + atConsole.uid() + ")");
        dialogs.forUser(atConsole);

        Result<SystemFacts> facts = mac.facts();
        if (facts instanceof Result.Failed<SystemFacts> failed) {
            log.warn("facts: " + failed.failure().describe() + "; the info box shows Unknown");
        } else {
            SystemFacts f = facts.value();
            texts.facts(f);
            log.info("facts: " + f.model() + ", " + f.chip() + ", " + f.memory() + ", " + f.freeDisk() + " free, "
                    + f.osName() + " " + f.osVersion() + ", serial " + f.serialNumber());
        }
        Result<UserAccount> account = mac.account(user);
        if (account instanceof Result.Ok<UserAccount> ok) {
            UserAccount a = ok.value();
            texts.user(a.shortName(), a.realName(), a.firstName());
            log.info("user: " + a.shortName() + (a.realName() == null ? " has no full name" : " is " + a.realName())
                    + (a.admin() ? ", admin" : ", standard user"));
        } else {
            texts.user(user, null, null);
            log.warn("user: cannot read the account of " + user + ": " + account.failureText());
        }
        return checkStatus(user, account, elevation);
    }

    private WorkflowOutcome checkStatus(String user, Result<UserAccount> account, Elevation elevation) {
        Result<TokenStatus> status = mac.bootstrapTokenStatus();
        if (status instanceof Result.Failed<TokenStatus> failed) {
            return toolFailures.report("status", failed.failure().describe());
        }
        TokenStatus token = status.value();
        switch (token.state()) {
            case ESCROWED -> {
                log.info("status: the Bootstrap Token is already escrowed");
                if (config.flag(EscrowConfigKey.SHOW_ALREADY_ESCROWED)) {
                    dialogs.showResult(screens.success(EscrowConfigKey.ALREADY_ESCROWED_MESSAGE));
                }
                return WorkflowOutcome.ALREADY_ESCROWED;
            }
            case NOT_SUPPORTED -> {
                log.error("status: the MDM server does not support Bootstrap Token escrow (" + token.raw()
                        + "); no password asked");
                dialogs.showResult(screens.failure(EscrowConfigKey.NOT_SUPPORTED_MESSAGE));
                return WorkflowOutcome.NOT_SUPPORTED;
            }
            case UNKNOWN -> {
                log.error("status: not recognised: " + token.raw());
                texts.error(token.raw());
                dialogs.showResult(screens.failure(EscrowConfigKey.STATUS_UNKNOWN_MESSAGE));
                return WorkflowOutcome.ESCROW_FAILED;
            }
            case NOT_ESCROWED -> log.info("status: the Bootstrap Token is not escrowed");
        }
        if (account instanceof Result.Failed<UserAccount> failed) {
            return toolFailures.report("eligibility", failed.failure().describe());
        }
        return checkEligibility(user, account.value(), elevation);
    }

    private WorkflowOutcome checkEligibility(String user, UserAccount account, Elevation elevation) {
        Result<Boolean> secureToken = mac.hasSecureToken(user);
        Result<Boolean> fileVault = mac.isFileVaultUser(account);
        boolean eligible = secureToken.orElse(false) || fileVault.orElse(false);
        if (!eligible) {
            if (secureToken instanceof Result.Failed<Boolean> failed) {
                return toolFailures.report("eligibility", failed.failure().describe());
            }
            if (fileVault instanceof Result.Failed<Boolean> failed) {
                return toolFailures.report("eligibility", failed.failure().describe());
            }
            log.error("eligibility: " + user + " has no secure token and is not a FileVault user");
            dialogs.showResult(screens.failure(EscrowConfigKey.NOT_ELIGIBLE_MESSAGE));
            return WorkflowOutcome.NOT_ELIGIBLE;
        }
        log.info("eligibility: " + user + " is a secure-token / FileVault user");
        boolean elevate = false;
        if (!account.admin()) {
            if (!config.flag(EscrowConfigKey.ELEVATE_STANDARD_USERS)) {
                log.error("eligibility: " + user + " is a standard user and behaviour.elevateStandardUsers is off");
                dialogs.showResult(screens.failure(EscrowConfigKey.STANDARD_USER_MESSAGE));
                return WorkflowOutcome.NOT_ELIGIBLE;
            }
            log.info("eligibility: " + user + " is a standard user; admin rights will be granted for the escrow"
                    + " only");
            elevate = true;
        }
        EscrowRun run = new EscrowRun(config, mac, screens, texts, dialogs, log, sleeper, toolFailures);
        return run.askAndEscrow(user, elevate ? Optional.of(elevation) : Optional.empty());
    }

    private static String describe(ConsoleUser.Reason reason) {
        return switch (reason) {
            case LOGIN_WINDOW -> "the login window is showing";
            case SETUP_ASSISTANT -> "Setup Assistant is running";
            case ROOT -> "root is at the console";
        };
    }

    /** What the workflow needs; everything but the config, the Mac, the presenter and the log has a default. */
    public static final class Builder {
        private EscrowConfig config = EscrowConfig.defaults();
        private List<EscrowConfigProblem> configProblems = List.of();
        private MacSystem mac;
        private PresenterFactory presenters;
        private Clock clock = Clock.systemDefaultZone();
        private Host host;
        private EscrowLog log;
        private Optional<String> jamfUser = Optional.empty();
        private Sleeper sleeper = Sleeper.system();
        private ShutdownHooks hooks = ShutdownHooks.jvm();
        private String infoBoxNote;

        private Builder() {}

        public Builder config(EscrowConfig value) {
            config = value;
            return this;
        }

        /** The merged config and its problems; the problems are logged when the run starts. */
        public Builder config(LoadedEscrowConfig value) {
            config = value.config();
            configProblems = value.problems();
            return this;
        }

        public Builder mac(MacSystem value) {
            mac = value;
            return this;
        }

        /** Opens the window once someone is known to be at the console. */
        public Builder presenters(PresenterFactory value) {
            presenters = value;
            return this;
        }

        /** One presenter for the whole run (preview, tests); the workflow closes it at the end. */
        public Builder presenter(DialogPresenter value) {
            presenters = PresenterFactory.of(value);
            return this;
        }

        /** Time for the greeting and the log's timestamps. */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder host(Host value) {
            host = value;
            return this;
        }

        public Builder log(EscrowLog value) {
            log = value;
            return this;
        }

        /** Jamf's {@code $3}, the user the policy runs for; empty means the console user. */
        public Builder jamfUser(Optional<String> value) {
            jamfUser = value == null ? Optional.empty() : value.filter(s -> !s.isBlank());
            return this;
        }

        public Builder sleeper(Sleeper value) {
            sleeper = value;
            return this;
        }

        public Builder shutdownHooks(ShutdownHooks value) {
            hooks = value;
            return this;
        }

        /** Markdown added under the info box on every screen, e.g. the preview's scenario and demo password. */
        public Builder infoBoxNote(String markdown) {
            infoBoxNote = markdown == null || markdown.isBlank() ? null : markdown;
            return this;
        }

        public EscrowWorkflow build() {
            if (mac == null || presenters == null || host == null || log == null) {
                throw new IllegalStateException("an escrow workflow needs a MacSystem, a presenter, a host and a log");
            }
            return new EscrowWorkflow(this);
        }
    }
}
