package org.escrowbootstrap.workflow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.escrowbootstrap.system.SafeFiles;

/**
 * An OS file lock that lets one escrow run at a time on a Mac.
 *
 * <p>The lock is the operating system's ({@code fcntl}), so it is released when the process ends in any way, a
 * crash or {@code kill -9} included: a stale lock file never blocks the next run. The file itself stays.
 */
public final class InstanceLock implements AutoCloseable {

    /** The lock file's name inside the run directory. */
    public static final String FILE_NAME = "escrow.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** What came of trying to take the lock. */
    public sealed interface Attempt {}

    /** This run holds the lock; close it when done. */
    public record Acquired(InstanceLock lock) implements Attempt {}

    /** Another run holds it. */
    public record Busy(Path file) implements Attempt {}

    /** The lock file cannot be made or opened; {@code reason} says why. */
    public record Unusable(Path file, String reason) implements Attempt {}

    /** Tries to take the lock in {@code runDirectory}, creating the folder when missing; never waits. */
    public static Attempt tryAcquire(Path runDirectory) {
        Path file = runDirectory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            // Created root's and opened without following a link: a user must not be able to make root lock (or
            // create) a file of their choosing.
            channel = SafeFiles.forThisProcess().open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return new Unusable(file, String.valueOf(e.getMessage()));
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                return new Busy(file);
            }
            return new Acquired(new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            // This JVM already holds it (a second workflow in the same process).
            closeQuietly(channel);
            return new Busy(file);
        } catch (IOException e) {
            closeQuietly(channel);
            return new Unusable(file, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing left to do with it.
        }
    }
}
