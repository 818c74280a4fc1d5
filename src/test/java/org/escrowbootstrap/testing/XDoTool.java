package org.escrowbootstrap.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Types into another process's window with xdotool, as a user at the keyboard would (test-only).
 *
 * <p>AssertJ Swing drives windows in its own JVM; the dialog mode and the escrow's UI session run in child processes,
 * so their tests use X events instead. Needs xdotool (CI installs it) and the test display.
 */
public final class XDoTool {

    private XDoTool() {}

    /** Waits until a visible window with exactly this name appears, then gives it the keyboard focus. */
    public static void focusWindow(String name, Duration timeout) throws IOException, InterruptedException {
        run(timeout, "search", "--sync", "--onlyvisible", "--name", "^" + name + "$", "windowfocus", "--sync", "%1");
    }

    /** Types {@code text} into the focused window. */
    public static void type(String text) throws IOException, InterruptedException {
        run(Duration.ofSeconds(30), "type", "--delay", "20", "--", text);
    }

    /** Presses a key, e.g. {@code Return} or {@code Escape}. */
    public static void key(String keysym) throws IOException, InterruptedException {
        run(Duration.ofSeconds(10), "key", keysym);
    }

    private static void run(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add("xdotool");
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("xdotool " + String.join(" ", args) + " did not finish in " + timeout);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("xdotool " + String.join(" ", args) + " failed (" + p.exitValue() + "): " + out);
        }
    }
}
