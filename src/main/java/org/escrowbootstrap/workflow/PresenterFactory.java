package org.escrowbootstrap.workflow;

import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.system.ConsoleUser;

/**
 * Opens the window for the user at the console, only once the workflow knows it will show one.
 *
 * <p>A real run starts a UI process in the console user's session, so it must not start before the workflow has
 * found that someone is logged in; the preview and tests return an in-process presenter.
 */
@FunctionalInterface
public interface PresenterFactory {

    /** Opens a presenter showing its screens to {@code user}; may throw when no window can be opened. */
    DialogPresenter open(ConsoleUser.LoggedIn user);

    /** Always the given presenter (preview, tests). */
    static PresenterFactory of(DialogPresenter presenter) {
        return user -> presenter;
    }
}
