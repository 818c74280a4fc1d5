package org.escrowbootstrap.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * This program run as a real process, {@code java -cp <test class path> org.escrowbootstrap.Main ARGS}, with its
 * stdout and stderr collected line by line as they come (test-only).
 */
public final class ProgramProcess implements AutoCloseable {

    private final Process process;
    private final List<String> out = Collections.synchronizedList(new ArrayList<>());
    private final List<String> err = Collections.synchronizedList(new ArrayList<>());
    private final Thread outReader;
    private final Thread errReader;

    private ProgramProcess(Process process) {
        this.process = process;
        this.outReader = collect(process.getInputStream(), out);
        this.errReader = collect(process.getErrorStream(), err);
    }

    public static ProgramProcess start(String... args) throws IOException {
        return start(List.of(), args);
    }

    /** As {@link #start(String...)}, with options for the JVM, such as {@code -Djava.io.tmpdir=…}. */
    public static ProgramProcess start(List<String> jvmOptions, String... args) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.addAll(jvmOptions);
        argv.add("-cp");
        argv.add(System.getProperty("java.class.path"));
        argv.add("org.escrowbootstrap.Main");
        argv.addAll(List.of(args));
        Process process = new ProcessBuilder(argv).start();
        process.getOutputStream().close();
        return new ProgramProcess(process);
    }

    /** Waits until a line of stdout contains {@code text}; fails with everything printed if it never comes. */
    public String awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int from = 0;
        while (System.nanoTime() < deadline) {
            synchronized (out) {
                for (int i = from; i < out.size(); i++) {
                    if (out.get(i).contains(text)) {
                        return out.get(i);
                    }
                }
                from = out.size();
            }
            if (!process.isAlive() && !outReader.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(
                "no line with \"" + text + "\" within " + timeout + "; stdout: " + stdout() + "; stderr: " + stderr());
    }

    /** Waits for the exit and returns the exit code; kills the process and fails if it takes too long. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "still running after " + timeout + "; stdout: " + stdout() + "; stderr: " + stderr());
        }
        outReader.join(5000);
        errReader.join(5000);
        return process.exitValue();
    }

    public List<String> stdout() {
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    public List<String> stderr() {
        synchronized (err) {
            return List.copyOf(err);
        }
    }

    /** Asks the process to end, as {@code kill} does (SIGTERM): its shutdown hooks run. */
    public void terminate() {
        process.destroy();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Thread collect(java.io.InputStream stream, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
