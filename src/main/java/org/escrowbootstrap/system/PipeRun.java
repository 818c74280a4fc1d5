package org.escrowbootstrap.system;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.system.ToolFailure.Kind;

/** One run of a program with pipes: input fed, both output streams collected apart, the tree killed on timeout. */
final class PipeRun {

    private PipeRun() {}

    static Result<ProcessOutput> run(Command command, Map<String, String> environment, long started) {
        ProcessBuilder builder = new ProcessBuilder(command.argv()).directory(new File("/"));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return CommandRunner.failed(command, Kind.IO_ERROR, e.getMessage());
        }
        Transcript out = new Transcript();
        Transcript err = new Transcript();
        Thread outReader = pump("stdout-reader", process.getInputStream(), out);
        Thread errReader = pump("stderr-reader", process.getErrorStream(), err);
        try {
            feed(process.getOutputStream(), command.input());
            long left = command.timeout().toNanos() - (System.nanoTime() - started);
            if (!process.waitFor(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)), TimeUnit.MILLISECONDS)) {
                ProcessTree.kill(process.toHandle());
                process.waitFor(CommandRunner.DRAIN_MILLIS, TimeUnit.MILLISECONDS);
                return CommandRunner.failed(
                        command, Kind.TIMED_OUT, "after " + CommandRunner.seconds(command.timeout()));
            }
            // A background grandchild may hold the pipes open: wait a moment, then take what has arrived.
            outReader.join(CommandRunner.DRAIN_MILLIS);
            errReader.join(CommandRunner.DRAIN_MILLIS);
            return Result.ok(new ProcessOutput(
                    process.exitValue(), out.text(List.of()), err.text(List.of()), CommandRunner.elapsed(started)));
        } catch (InterruptedException e) {
            ProcessTree.kill(process.toHandle());
            Thread.currentThread().interrupt();
            return CommandRunner.failed(command, Kind.IO_ERROR, "interrupted");
        } finally {
            out.wipe();
            err.wipe();
        }
    }

    private static Thread pump(String name, InputStream in, Transcript into) {
        Thread t = new Thread(
                () -> {
                    byte[] chunk = new byte[8192];
                    try (in) {
                        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                            into.append(chunk, n);
                        }
                    } catch (IOException closed) {
                        // The stream closed under us (the process was killed): what we have is all there is.
                    } finally {
                        Arrays.fill(chunk, (byte) 0);
                        into.end();
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void feed(OutputStream stdin, String input) {
        try (stdin) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException programNotReading) {
            // It exited or closed its input early; its exit status tells the rest.
        }
    }
}
