package org.escrowbootstrap.workflow;

import java.nio.file.Path;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.system.MacSystem;

/**
 * Takes back admin rights an escrow granted and could not take back itself (a {@code kill -9}, a power loss), from
 * the root entry points that run regularly: the extension attribute's inventory run, the package's postinstall and
 * a LaunchDaemon at boot.
 *
 * <p>The escrow's own next run would do it too, but once the token is escrowed the policy never runs again, and the
 * user would stay an admin for good. Only a marker left in the run directory is acted on; a run in progress (it
 * holds the lock) is left alone, since it takes back its own grant.
 */
public final class LeftoverElevation {

    /** What a look for leftover rights came to. */
    public enum Outcome {
        /** No marker: nobody was left an admin. */
        NONE,
        /** The user a marker named is no admin any more. */
        UNDONE,
        /** The user could not be removed; the marker stays for the next try. */
        FAILED,
        /** An escrow is running and holds the lock: it takes back its own grant. */
        ESCROW_RUNNING,
        /** The run directory cannot be used safely (not root's, or not a folder). */
        UNUSABLE
    }

    private LeftoverElevation() {}

    /** Whether the config's run directory holds a marker; cheap, runs no tool, so it can come first. */
    public static boolean present(EscrowConfig config, Host host) {
        return Elevation.markerIn(runDirectory(config, host));
    }

    /** Removes a user a marker names from the admin group, under the escrow's lock. */
    public static Outcome undo(EscrowConfig config, Host host, MacSystem mac, EscrowLog log) {
        Path runDirectory = runDirectory(config, host);
        if (!Elevation.markerIn(runDirectory)) {
            return Outcome.NONE;
        }
        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(runDirectory);
        if (attempt instanceof InstanceLock.Busy) {
            log.info("elevation: an escrow is running; it takes back its own admin rights");
            return Outcome.ESCROW_RUNNING;
        }
        if (attempt instanceof InstanceLock.Unusable unusable) {
            log.error("elevation: cannot use " + unusable.file() + " (" + unusable.reason() + ")");
            return Outcome.UNUSABLE;
        }
        try (InstanceLock lock = ((InstanceLock.Acquired) attempt).lock()) {
            boolean clean = new Elevation(mac, runDirectory, ShutdownHooks.jvm(), log).undoLeftover();
            return clean ? Outcome.UNDONE : Outcome.FAILED;
        }
    }

    private static Path runDirectory(EscrowConfig config, Host host) {
        return host.resolve(config.text(EscrowConfigKey.RUN_DIRECTORY));
    }
}
