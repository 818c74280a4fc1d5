package org.escrowbootstrap.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Types into (and clicks on) another process's window with xdotool, as a user would (test-only).
 *
 * <p>AssertJ Swing drives windows in its own JVM; the dialog mode and the escrow's UI session run in child processes,
 * so their tests use X events instead. Needs xdotool (CI installs it) and the test display.
 */
public final class XDoTool {

    private XDoTool() {}

    /**
     * Waits until a visible window with exactly this name appears. The window takes the keyboard focus itself, as
     * on a desktop; forcing it with xdotool's windowfocus would bypass Java's focus proxy and lose the keys.
     */
    public static void awaitWindow(String name, Duration timeout) throws IOException, InterruptedException {
        run(timeout, null, "search", "--sync", "--onlyvisible", "--name", "^" + name + "$");
    }

    /**
     * Types {@code text} into the focused window. The text goes to xdotool on its stdin, not its command line, so
     * the tests' own keyboard leaves no password in any process's argv either.
     *
     * <p>A character the keyboard map lacks (ü on a US map) is typed by binding it to a spare key for the moment of
     * the keystroke; a Java window that reads the map after xdotool has put it back sees a key without a character
     * and drops it. So such characters go one run at a time with a longer pause, which leaves the window time to
     * read the map while the character is still on it.
     */
    public static void type(String text) throws IOException, InterruptedException {
        int start = 0;
        while (start < text.length()) {
            boolean plain = text.charAt(start) < 0x80;
            int end = start;
            while (end < text.length() && (text.charAt(end) < 0x80) == plain) {
                end++;
            }
            String delay = plain ? "20" : "300";
            run(Duration.ofSeconds(30), text.substring(start, end), "type", "--delay", delay, "--file", "-");
            start = end;
        }
    }

    /** Clicks at ({@code x}, {@code y}) from the top-left corner of the visible window with exactly this name. */
    public static void click(String name, int x, int y) throws IOException, InterruptedException {
        run(
                Duration.ofSeconds(10),
                null,
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                "^" + name + "$",
                "mousemove",
                "--window",
                "%1",
                Integer.toString(x),
                Integer.toString(y),
                "click",
                "1");
    }

    /** Presses a key, e.g. {@code Return} or {@code Escape}. */
    public static void key(String keysym) throws IOException, InterruptedException {
        run(Duration.ofSeconds(10), null, "key", keysym);
    }

    private static void run(Duration timeout, String stdin, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add("xdotool");
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
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
