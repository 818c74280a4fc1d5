package org.escrowbootstrap.workflow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.escrowbootstrap.system.MacSystem;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.SafeFiles;
import org.escrowbootstrap.system.ToolFailure;

/**
 * Makes a standard user an admin for the escrow only, and makes sure it is always undone.
 *
 * <p>Three nets, because a user left in the admin group is a security hole: the grant is closed in a
 * {@code finally}; a JVM shutdown hook closes it on SIGTERM or Ctrl-C; and a marker file naming the user is
 * written <em>before</em> the user is added, so after a crash, {@code kill -9} or power loss the next run finds
 * the marker and removes the user again. The marker is deleted only once the removal succeeded.
 */
final class Elevation {

    /** The marker's name inside the run directory, which must survive a reboot. */
    static final String MARKER = "elevated-user";

    // Short names on macOS; anything else in a marker is not ours and is not acted on.
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}");

    // A user name and a newline; more than this is not a marker of ours.
    private static final int MARKER_LIMIT = 512;

    private final MacSystem mac;
    private final SafeFiles files = SafeFiles.forThisProcess();
    private final Path marker;
    private final ShutdownHooks hooks;
    private final EscrowLog log;

    Elevation(MacSystem mac, Path runDirectory, ShutdownHooks hooks, EscrowLog log) {
        this.mac = mac;
        this.marker = runDirectory.resolve(MARKER);
        this.hooks = hooks;
        this.log = log;
    }

    /** Whether {@code runDirectory} holds a marker: a run may have left a user in the admin group. */
    static boolean markerIn(Path runDirectory) {
        return Files.exists(runDirectory.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Removes admin rights a previous run granted and did not take back (it crashed or was killed); true when none
     * are left, false when they could not be removed (the marker stays for the next try).
     */
    boolean undoLeftover() {
        Optional<String> user = readMarker();
        if (user.isEmpty()) {
            return true;
        }
        log.warn("elevation: a previous run left " + user.get() + " in the admin group (marker " + marker
                + "); removing it now");
        return demote(user.get());
    }

    /** Adds {@code user} to the admin group; the grant takes it back when closed. */
    Result<Grant> elevate(String user) {
        if (!SHORT_NAME.matcher(user).matches()) {
            return Result.failed(
                    "elevation marker", ToolFailure.Kind.IO_ERROR, "refusing to elevate an unusual user name");
        }
        try (FileChannel out = files.open(
                marker,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE,
                StandardOpenOption.SYNC)) {
            ByteBuffer line = ByteBuffer.wrap((user + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                out.write(line);
            }
        } catch (IOException | SecurityException e) {
            // Without the marker a crash could leave the user an admin for good: do not elevate at all.
            return Result.failed(
                    marker.toString(),
                    ToolFailure.Kind.IO_ERROR,
                    "cannot write the elevation marker (" + e.getMessage() + ")");
        }
        Grant grant = new Grant(user);
        grant.registration = hooks.register("escrow-bootstrap-demote", grant::closeFromHook);
        log.info("elevation: adding " + user + " to the admin group for the escrow");
        Result<Boolean> added = mac.addToAdminGroup(user);
        if (added instanceof Result.Failed<Boolean> failed) {
            grant.close(); // the group may have changed half-way: take it back all the same
            return Result.failed(failed.failure());
        }
        return Result.ok(grant);
    }

    private boolean demote(String user) {
        Result<Boolean> removed = mac.removeFromAdminGroup(user);
        if (removed instanceof Result.Failed<Boolean> failed) {
            log.error("elevation: could not remove " + user + " from the admin group: "
                    + failed.failure().describe() + "; the marker " + marker + " stays so the next run retries");
            return false;
        }
        try {
            Files.deleteIfExists(marker);
        } catch (IOException | SecurityException e) {
            log.warn("elevation: " + user + " is no admin any more, but the marker " + marker
                    + " could not be deleted (" + e.getMessage() + ")");
        }
        log.info("elevation: removed " + user + " from the admin group");
        return true;
    }

    private Optional<String> readMarker() {
        String content;
        try {
            Optional<byte[]> bytes = files.read(marker, MARKER_LIMIT);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            content = new String(bytes.get(), StandardCharsets.UTF_8).strip();
        } catch (IOException | SecurityException e) {
            log.error("elevation: cannot read the marker " + marker + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (!SHORT_NAME.matcher(content).matches()) {
            log.error("elevation: the marker " + marker + " does not hold a user name; left untouched");
            return Optional.empty();
        }
        return Optional.of(content);
    }

    /** Admin rights granted to one user; closing takes them back, once. */
    final class Grant implements AutoCloseable {
        private final String user;
        private ShutdownHooks.Registration registration;
        private boolean closed;

        private Grant(String user) {
            this.user = user;
        }

        @Override
        public void close() {
            ShutdownHooks.Registration toRemove;
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                toRemove = registration;
                demote(user);
            }
            if (toRemove != null) {
                toRemove.remove();
            }
        }

        private void closeFromHook() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                log.warn("elevation: stopped during the escrow; removing " + user + " from the admin group");
                demote(user);
            }
        }
    }
}
