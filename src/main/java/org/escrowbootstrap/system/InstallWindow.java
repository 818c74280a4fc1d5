package org.escrowbootstrap.system;

/**
 * How one {@code profiles install -type bootstraptoken} is run: ordinarily, or while a standard user is temporarily
 * an admin.
 *
 * <p>While the user is an admin they could use {@code sudo} with the password they just typed, so that window is
 * kept as short as the tool itself: the install gets the short {@link Timeouts#elevatedEscrow()} limit, and
 * {@code afterInstall} (the demotion) runs the moment the tool has ended, whatever its result, before the status is
 * re-read.
 *
 * @param elevated the user is an admin only for this install
 * @param afterInstall runs once, right after the tool ended (or failed to run); must not throw
 */
public record InstallWindow(boolean elevated, Runnable afterInstall) {

    /** An install by a user who is an admin anyway: nothing to undo afterwards. */
    public static final InstallWindow ORDINARY = new InstallWindow(false, () -> {});

    public InstallWindow {
        if (afterInstall == null) {
            throw new IllegalArgumentException("afterInstall must not be null");
        }
    }

    /** An install while the user is an admin for it alone; {@code demote} takes the rights back. */
    public static InstallWindow elevated(Runnable demote) {
        return new InstallWindow(true, demote);
    }
}
