package org.escrowbootstrap.workflow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a test class's main method in a separate JVM, to test what survives a crash or a kill. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader stdout;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new ChildJvm(builder.start());
    }

    /** Reads the child's output until a line contains {@code text}; fails if the child ends first. */
    String awaitLine(String text) throws IOException {
        String line;
        while ((line = stdout.readLine()) != null) {
            lines.add(line);
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the child ended without printing \"" + text + "\"; it printed: " + lines);
    }

    /** Waits for the child to end and returns everything it printed. */
    List<String> awaitExit() throws IOException, InterruptedException {
        String line;
        while ((line = stdout.readLine()) != null) {
            lines.add(line);
        }
        process.waitFor();
        return List.copyOf(lines);
    }

    /** Sends SIGTERM with kill(1): Process.destroy() would also close our end of the child's output. */
    void terminate() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid()))
                .redirectErrorStream(true)
                .start();
        if (kill.waitFor() != 0) {
            throw new AssertionError(
                    "kill -TERM failed: " + new String(kill.getInputStream().readAllBytes()));
        }
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
