package org.escrowbootstrap.cli;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Toolkit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.ui.SwingDialogPresenter;

/**
 * A benchmark, not a test: how fast a line appended to the command file is on screen, and whether a flood of lines
 * stalls the window, measured in-process on the real follower, parser, presenter and window.
 *
 * <p>Latency: a line {@code progresstext: mN} is appended (one write, as {@code echo >>} does) at a random moment;
 * the time runs until the label shows it and the Swing thread has run the paint that change queued (an event posted
 * after it, then {@code Toolkit.sync()}). Flood: 20,000 {@code progress:} and {@code progresstext:} lines, each its
 * own write, as fast as this thread can, then {@code quit:}: the time from that last write until the dialog has
 * ended, whether the last state was on screen, and the heap in use (after a full GC) before and after.
 * {@code bench/live.sh} runs it under a private Xvfb.
 */
public final class CommandFileBench {

    private CommandFileBench() {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int flood = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path dir = Files.createTempDirectory("escrow-live-bench");
        Path file = dir.resolve("dialog.log");
        Files.createFile(file);
        SwingDialogPresenter presenter = new SwingDialogPresenter(warning -> System.err.println("warning: " + warning));
        DialogSpec spec = DialogSpec.builder()
                .title("Live")
                .message("Installing the essentials.")
                .progress(ProgressSpec.busy("Starting"))
                .list(ListSpec.of(List.of(ListItem.of("Rosetta"), ListItem.of("Teams"), ListItem.of("Office"))))
                .buttons(Buttons.none().withButton1("OK").withButton1Disabled(true))
                .build();
        CommandFileFollower follower =
                DialogMode.follow(file, presenter, name -> Optional.empty(), w -> System.err.println(w));
        CompletableFuture<DialogResult> shown = CompletableFuture.supplyAsync(() -> presenter.show(spec));
        JLabel label = awaitLabel("progressText");
        SynchronousQueue<Long> painted = new SynchronousQueue<>();
        String[] expected = {null};
        label.addPropertyChangeListener("text", event -> {
            if (event.getNewValue().equals(expected[0])) {
                SwingUtilities.invokeLater(
                        () -> { // runs after the repaint the text change queued
                            Toolkit.getDefaultToolkit().sync();
                            painted.offer(System.nanoTime());
                        });
            }
        });
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < samples + 10; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 40));
                String marker = "m" + i;
                SwingUtilities.invokeAndWait(() -> expected[0] = marker);
                long start = System.nanoTime();
                write(out, "progresstext: " + marker + "\n");
                Long end = painted.poll(10, TimeUnit.SECONDS);
                if (end == null) {
                    throw new IllegalStateException("line " + marker + " never reached the screen");
                }
                if (i >= 10) { // the first few warm the JIT
                    latencies.add((end - start) / 1e6);
                }
            }
            Collections.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "latency, append to painted, %d lines: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                    latencies.size(),
                    at(latencies, 0.5),
                    at(latencies, 0.9),
                    latencies.get(0),
                    latencies.get(latencies.size() - 1));

            long heapBefore = usedHeap();
            String last = "flood " + flood;
            SwingUtilities.invokeAndWait(() -> expected[0] = last);
            long floodStart = System.nanoTime();
            for (int i = 1; i <= flood; i++) {
                write(out, "progress: " + (i % 100) + "\n");
                write(out, "progresstext: flood " + i + "\n");
            }
            write(out, "quit:\n");
            long lastWrite = System.nanoTime();
            DialogResult result = shown.get(10, TimeUnit.SECONDS);
            long ended = System.nanoTime();
            Long lastPainted = painted.poll(2, TimeUnit.SECONDS);
            long heapAfter = usedHeap();
            System.out.printf(
                    Locale.ROOT,
                    "flood: %d lines then quit: written in %.0f ms; the dialog ended (exit %d) %.1f ms after the last"
                            + " write; its last state was %s; heap in use %.1f MB before, %.1f MB after%n",
                    2 * flood,
                    (lastWrite - floodStart) / 1e6,
                    result.exitCode().code(),
                    (ended - lastWrite) / 1e6,
                    lastPainted == null
                            ? "NEVER painted"
                            : String.format(
                                    Locale.ROOT,
                                    "painted %.1f ms after the last write",
                                    (lastPainted - lastWrite) / 1e6),
                    heapBefore / 1e6,
                    heapAfter / 1e6);
        } finally {
            follower.close();
            presenter.close();
        }
        System.exit(0);
    }

    private static void write(FileChannel out, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1))));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static JLabel awaitLabel(String name) throws Exception {
        for (int i = 0; i < 600; i++) {
            JLabel[] found = {null};
            SwingUtilities.invokeAndWait(() -> {
                for (Frame frame : Frame.getFrames()) {
                    if (frame.isShowing() && find(frame, name) instanceof JLabel label) {
                        found[0] = label;
                    }
                }
            });
            if (found[0] != null) {
                return found[0];
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the window did not appear");
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
