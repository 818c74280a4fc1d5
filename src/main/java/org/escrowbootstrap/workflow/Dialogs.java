package org.escrowbootstrap.workflow;

import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.system.ConsoleUser;

/**
 * The workflow's one window: opened on first use for the console user, closed once at the end.
 *
 * <p>A screen the user must answer that cannot be shown ends the run ({@link Unavailable}); a result or progress
 * screen that cannot be shown is only logged, because the escrow's outcome does not depend on it.
 */
final class Dialogs implements AutoCloseable {

    /** No window could be opened or a screen could not be shown. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final PresenterFactory factory;
    private final EscrowLog log;
    private ConsoleUser.LoggedIn user;
    private DialogPresenter presenter;
    private boolean closed;

    Dialogs(PresenterFactory factory, EscrowLog log) {
        this.factory = factory;
        this.log = log;
    }

    /** The user whose screen the window opens on. */
    void forUser(ConsoleUser.LoggedIn consoleUser) {
        this.user = consoleUser;
    }

    /** Shows a screen the user must answer; the caller closes the result (it may hold the password). */
    DialogResult ask(DialogSpec spec) {
        DialogPresenter p = presenter();
        try {
            DialogResult result = p.show(spec);
            if (result == null) {
                throw new Unavailable("the presenter returned no result", null);
            }
            return result;
        } catch (Unavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Unavailable("the screen could not be shown (" + e.getMessage() + ")", e);
        }
    }

    /** Shows a result screen and waits for it to be dismissed; a failure to show it is logged only. */
    void showResult(DialogSpec spec) {
        try (DialogResult result = presenter().show(spec)) {
            if (result != null) {
                log.info("dialog: result screen closed (" + result.exitCode().meaning() + ")");
            }
        } catch (RuntimeException e) {
            log.warn("dialog: the result screen could not be shown (" + e.getMessage() + ")");
        }
    }

    /** Shows a progress screen and returns at once. */
    void display(DialogSpec spec) {
        try {
            presenter().display(spec);
        } catch (RuntimeException e) {
            log.warn("dialog: the progress screen could not be shown (" + e.getMessage() + ")");
        }
    }

    void updateProgress(ProgressSpec progress) {
        if (presenter == null) {
            return;
        }
        try {
            presenter.updateProgress(progress);
        } catch (RuntimeException e) {
            log.warn("dialog: the progress could not be updated (" + e.getMessage() + ")");
        }
    }

    /** Closes the window, if one was opened. */
    @Override
    public void close() {
        if (presenter != null && !closed) {
            closed = true;
            try {
                presenter.close();
            } catch (RuntimeException e) {
                log.warn("dialog: closing the window failed (" + e.getMessage() + ")");
            }
        }
    }

    private DialogPresenter presenter() {
        if (closed) {
            throw new Unavailable("the window was already closed", null);
        }
        if (presenter == null) {
            if (user == null) {
                throw new IllegalStateException("no console user to show a window to");
            }
            try {
                presenter = factory.open(user);
            } catch (RuntimeException e) {
                throw new Unavailable(
                        "no window could be opened for " + user.shortName() + " (" + e.getMessage() + ")", e);
            }
            if (presenter == null) {
                throw new Unavailable("no window could be opened for " + user.shortName(), null);
            }
        }
        return presenter;
    }
}
