package org.escrowbootstrap.workflow;

import java.time.Duration;
import java.util.Optional;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.EscrowAttempt;
import org.escrowbootstrap.system.InstallWindow;
import org.escrowbootstrap.system.MacSystem;
import org.escrowbootstrap.system.PasswordCheck;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.TerminalLine;
import org.escrowbootstrap.system.TokenStatus;

/**
 * The second half of the workflow, for an eligible user: the password prompt with retries, the escrow with its
 * progress screen and status poll, the result, and {@code jamf recon}.
 *
 * <p>The password lives only inside the dialog result that carried it, which is closed (wiped) as soon as the
 * escrow returns, whatever happens.
 */
final class EscrowRun {

    private final EscrowConfig config;
    private final MacSystem mac;
    private final EscrowScreens screens;
    private final EscrowTexts texts;
    private final Dialogs dialogs;
    private final EscrowLog log;
    private final Sleeper sleeper;
    private final ToolFailures toolFailures;

    EscrowRun(
            EscrowConfig config,
            MacSystem mac,
            EscrowScreens screens,
            EscrowTexts texts,
            Dialogs dialogs,
            EscrowLog log,
            Sleeper sleeper,
            ToolFailures toolFailures) {
        this.config = config;
        this.mac = mac;
        this.screens = screens;
        this.texts = texts;
        this.dialogs = dialogs;
        this.log = log;
        this.sleeper = sleeper;
        this.toolFailures = toolFailures;
    }

    /** What the password prompt ended with: a verified password, or an outcome. */
    private sealed interface Prompted {}

    private record Verified(DialogResult result, Secret password) implements Prompted {}

    private record Ended(WorkflowOutcome outcome) implements Prompted {}

    WorkflowOutcome askAndEscrow(String user, Optional<Elevation> elevation) {
        Prompted prompted = askPassword(user);
        if (prompted instanceof Ended ended) {
            return ended.outcome();
        }
        Verified verified = (Verified) prompted;
        Result<EscrowAttempt> attempt;
        try (DialogResult holding = verified.result()) {
            dialogs.display(screens.progress());
            attempt = escrow(user, verified.password(), elevation);
        }
        return afterEscrow(attempt);
    }

    private Prompted askPassword(String user) {
        int max = config.integer(EscrowConfigKey.MAX_ATTEMPTS);
        int used = 0;
        boolean tooLong = false;
        while (true) {
            log.info("password: asking " + user + " (attempt " + (used + 1) + " of " + max + ")");
            DialogResult result = dialogs.ask(tooLong ? screens.passwordTooLong(used) : screens.password(used));
            tooLong = false;
            boolean keep = false;
            try {
                if (!result.isButton1()) {
                    return new Ended(ended(result.exitCode()));
                }
                Optional<Secret> secret =
                        result.secret(EscrowScreens.PASSWORD_KEY).or(result::firstSecret);
                if (secret.isEmpty() || secret.get().isEmpty()) {
                    log.warn("password: the screen returned no password");
                } else if (!TerminalLine.fits(secret.get())) {
                    // A terminal would cut it silently and every attempt would fail: say so at once instead.
                    log.warn("password: longer than macOS takes at a prompt (" + TerminalLine.MAX_BYTES
                            + " bytes); refused without trying it");
                    tooLong = true;
                } else {
                    Result<PasswordCheck> check = mac.verifyPassword(user, secret.get());
                    if (check instanceof Result.Failed<PasswordCheck> failed) {
                        return new Ended(
                                toolFailures.report("password", failed.failure().describe()));
                    }
                    PasswordCheck verdict = check.value();
                    switch (verdict.verdict()) {
                        case CORRECT -> {
                            log.info("password: accepted");
                            keep = true;
                            return new Verified(result, secret.get());
                        }
                        case ACCOUNT_DISABLED -> {
                            log.error("password: the account " + user + " is disabled (" + verdict.toolText() + ")");
                            dialogs.showResult(screens.failure(EscrowConfigKey.ACCOUNT_DISABLED_MESSAGE));
                            return new Ended(WorkflowOutcome.NOT_ELIGIBLE);
                        }
                        case INCORRECT -> log.warn("password: not accepted (" + verdict.toolText() + ")");
                    }
                }
            } finally {
                if (!keep) {
                    result.close(); // wipes the password
                }
            }
            used++;
            if (used >= max) {
                log.error("password: " + max + " attempts used; giving up");
                dialogs.showResult(screens.failure(EscrowConfigKey.ATTEMPTS_EXHAUSTED_MESSAGE));
                return new Ended(WorkflowOutcome.ATTEMPTS_EXHAUSTED);
            }
        }
    }

    private WorkflowOutcome ended(ExitCode exit) {
        switch (exit) {
            case ERROR, IMAGE_NOT_FOUND, FILE_NOT_FOUND -> {
                log.error("password: the screen failed (" + exit.meaning() + ")");
                return WorkflowOutcome.DIALOG_FAILED;
            }
            case TIMER -> log.info("password: no answer within "
                    + config.integer(EscrowConfigKey.DIALOG_TIMEOUT_SECONDS) + " s; treated as cancelled");
            default -> log.info("password: cancelled (" + exit.meaning() + ")");
        }
        return WorkflowOutcome.CANCELLED;
    }

    /**
     * Escrows with the user's credentials. A standard user is made an admin immediately before {@code profiles
     * install} and demoted the moment it ends, before the status is re-read: while they are an admin they could use
     * {@code sudo} with the password they just typed, so that window is the install alone, under its own short limit.
     */
    private Result<EscrowAttempt> escrow(String user, Secret password, Optional<Elevation> elevation) {
        if (elevation.isEmpty()) {
            log.info("escrow: storing the Bootstrap Token with " + user + "'s credentials");
            return mac.escrow(user, password);
        }
        Result<Elevation.Grant> granted = elevation.get().elevate(user);
        if (granted instanceof Result.Failed<Elevation.Grant> failed) {
            return Result.failed(failed.failure());
        }
        try (Elevation.Grant grant = granted.value()) {
            log.info("escrow: storing the Bootstrap Token with " + user + "'s credentials (admin for this step only)");
            return mac.escrow(user, password, InstallWindow.elevated(grant::close));
        }
    }

    private WorkflowOutcome afterEscrow(Result<EscrowAttempt> result) {
        if (result instanceof Result.Failed<EscrowAttempt> failed) {
            return toolFailures.report("escrow", failed.failure().describe());
        }
        EscrowAttempt attempt = result.value();
        switch (attempt.outcome()) {
            case ESCROWED -> {
                log.info("escrow: the Bootstrap Token is escrowed");
                return succeeded();
            }
            case PENDING -> {
                return poll();
            }
            case NOT_SUPPORTED -> {
                log.error("escrow: the MDM server does not support it (" + attempt.toolText() + ")");
                dialogs.showResult(screens.failure(EscrowConfigKey.NOT_SUPPORTED_MESSAGE));
                return WorkflowOutcome.NOT_SUPPORTED;
            }
            case AUTHENTICATION_FAILED, FAILED -> {
                log.error("escrow: profiles failed: " + attempt.toolText());
                texts.error(attempt.toolText());
                dialogs.showResult(screens.failure(EscrowConfigKey.ESCROW_FAILED_MESSAGE));
                return WorkflowOutcome.ESCROW_FAILED;
            }
        }
        throw new IllegalStateException("unhandled escrow outcome " + attempt.outcome());
    }

    /** The tool said yes but the status still says no: it can lag, so re-read it for a while. */
    private WorkflowOutcome poll() {
        int window = config.integer(EscrowConfigKey.POLL_SECONDS);
        int interval = config.integer(EscrowConfigKey.POLL_INTERVAL_SECONDS);
        int reads = window == 0 ? 0 : Math.max(1, window / interval);
        log.info("escrow: sent; the status does not show it yet, re-reading it for up to " + window + " s");
        dialogs.display(screens.confirming());
        for (int i = 1; i <= reads; i++) {
            try {
                sleeper.sleep(Duration.ofSeconds(interval));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("escrow: interrupted while waiting for the status");
                break;
            }
            Result<TokenStatus> status = mac.bootstrapTokenStatus();
            if (status instanceof Result.Ok<TokenStatus> ok && ok.value().isEscrowed()) {
                log.info("escrow: the status confirms it after " + (i * interval) + " s");
                return succeeded();
            }
            log.info("escrow: not confirmed yet after " + (i * interval) + " s ("
                    + (status instanceof Result.Ok<TokenStatus> ok ? ok.value().state() : status.failureText()) + ")");
        }
        log.error("escrow: the server did not confirm the token within " + window + " s");
        dialogs.showResult(screens.failure(EscrowConfigKey.NOT_CONFIRMED_MESSAGE));
        return WorkflowOutcome.ESCROW_FAILED;
    }

    private WorkflowOutcome succeeded() {
        dialogs.showResult(screens.success(EscrowConfigKey.ESCROWED_MESSAGE));
        dialogs.close(); // the user is done; recon may take a minute and shows nothing
        if (config.flag(EscrowConfigKey.RUN_RECON)) {
            log.info("recon: updating the Jamf Pro inventory");
            Result<Boolean> recon = mac.recon();
            if (recon instanceof Result.Failed<Boolean> failed) {
                log.warn("recon: " + failed.failure().describe() + " (the escrow itself succeeded; the next"
                        + " inventory update will report it)");
            } else {
                log.info("recon: done");
            }
        }
        return WorkflowOutcome.ESCROWED;
    }
}
