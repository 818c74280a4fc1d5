package org.escrowbootstrap.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Test helpers about processes by id: whether one is really gone, not just signalled or a zombie. */
final class Processes {

    private Processes() {}

    /** Waits up to {@code limit} for the process to be gone (or a zombie: dead, waiting to be reaped). */
    static boolean awaitGone(long pid, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    static boolean isRunning(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return !Files.isDirectory(Path.of("/proc/self")); // no /proc (macOS): trust ProcessHandle
        }
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | StringIndexOutOfBoundsException e) {
            return false; // vanished while we looked
        }
    }
}
