package org.escrowbootstrap.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches every process on a Linux machine: sweeps {@code /proc/*}/cmdline and environ again and again, looking for
 * any of a set of secrets, and notes the processes whose command line contains a marker (to prove it saw them).
 */
public final class ProcSampler implements AutoCloseable {

    private final List<byte[]> secrets;
    private final String watched;
    private final Thread thread;
    private final List<String> leaks = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> seen = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger sweeps = new AtomicInteger();
    private volatile boolean stop;

    /**
     * @param secrets what must never show up
     * @param watched a command-line fragment whose processes to note, e.g. the fake sysroot's path
     */
    public ProcSampler(List<String> secrets, String watched) {
        this.secrets =
                secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.watched = watched;
        this.thread = new Thread(this::sweepUntilStopped, "proc-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Where a secret was found: "pid N cmdline|environ (command)". */
    public List<String> leaks() {
        return List.copyOf(leaks);
    }

    /** The watched processes seen, as "pid command line". */
    public Set<String> seen() {
        return Set.copyOf(seen);
    }

    public int sweeps() {
        return sweeps.get();
    }

    @Override
    public void close() {
        stop = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sweepUntilStopped() {
        while (!stop) {
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path proc : procs) {
                    inspect(proc);
                }
            } catch (IOException e) {
                leaks.add("could not list /proc: " + e);
                return;
            }
            sweeps.incrementAndGet();
            try {
                Thread.sleep(2); // a breath between sweeps; the watched tools live far longer
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void inspect(Path proc) {
        byte[] cmdline = read(proc.resolve("cmdline"));
        byte[] environ = read(proc.resolve("environ"));
        String command =
                new String(cmdline, StandardCharsets.UTF_8).replace('\0', ' ').strip();
        if (command.contains(watched)) {
            seen.add(proc.getFileName() + " " + command);
        }
        for (byte[] secret : secrets) {
            if (contains(cmdline, secret)) {
                leaks.add("pid " + proc.getFileName() + " cmdline (" + command + ")");
            }
            if (contains(environ, secret)) {
                leaks.add("pid " + proc.getFileName() + " environ (" + command + ")");
            }
        }
    }

    /** Whether {@code needle} occurs in {@code haystack}; also for other tests that search raw bytes. */
    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return new byte[0]; // the process ended while we looked
        }
    }
}
