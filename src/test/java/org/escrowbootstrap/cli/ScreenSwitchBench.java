package org.escrowbootstrap.cli;

import java.awt.Toolkit;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.SwingUtilities;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.LoadedEscrowConfig;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.system.sim.Scenario;
import org.escrowbootstrap.system.sim.SimulatedMac;
import org.escrowbootstrap.ui.SwingDialogPresenter;
import org.escrowbootstrap.workflow.EscrowLog;
import org.escrowbootstrap.workflow.EscrowWorkflow;
import org.escrowbootstrap.workflow.Host;

/**
 * A benchmark, not a test: how long the escrow's window takes to replace one screen with the next until the new one
 * is painted, measured in-process on the real workflow, the real {@link SwingDialogPresenter} and a real window.
 *
 * <p>Plays the preview scenarios {@code wrong-password-first} (password, password again with the error, progress
 * and its updates, result) and {@code not-escrowed} a number of times on one window, answering each screen at once
 * (the demo password and button 1). A step is timed from the presenter call until the Swing thread has run every
 * event the change queued (layout, then painting) and the X server has the picture. Prints the median and the
 * spread per kind of step; the first round (a cold JVM) is shown on its own. Needs a display:
 * {@code bench/screen-switch.sh} runs it under a private Xvfb.
 *
 * <pre>java -cp target/test-classes:target/classes:DEPS org.escrowbootstrap.cli.ScreenSwitchBench [ROUNDS]</pre>
 */
public final class ScreenSwitchBench {

    private ScreenSwitchBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        PrintStream out = System.out;
        TimingPresenter presenter = new TimingPresenter(new SwingDialogPresenter(warning -> {}));
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream(), true, "UTF-8");
        for (int round = 0; round <= rounds; round++) {
            presenter.round = round;
            for (String scenario : List.of("wrong-password-first", "not-escrowed")) {
                play(Scenario.find(scenario).orElseThrow(), presenter, quiet);
            }
        }
        presenter.swing.close();
        out.println("# screen switches in one window, " + rounds + " rounds after a cold first round");
        out.println(
                "# ms from the presenter call until painted; 'swing cpu' is the Swing thread's CPU time in that span");
        out.printf(
                Locale.ROOT,
                "%-34s %6s %8s %8s %8s %8s %10s %5s%n",
                "step",
                "cold",
                "median",
                "p90",
                "min",
                "max",
                "swing cpu",
                "n");
        for (Map.Entry<String, List<Double>> step : presenter.times.entrySet()) {
            List<Double> warm = new ArrayList<>(step.getValue());
            Double cold = presenter.cold.get(step.getKey());
            String first = cold == null ? "-" : String.format(Locale.ROOT, "%.1f", cold);
            if (warm.isEmpty()) {
                out.printf(
                        Locale.ROOT,
                        "%-34s %6s %8s %8s %8s %8s %10s %5d%n",
                        step.getKey(),
                        first,
                        "-",
                        "-",
                        "-",
                        "-",
                        "-",
                        0);
                continue;
            }
            warm.sort(null);
            List<Double> cpu = new ArrayList<>(presenter.swingCpu.get(step.getKey()));
            cpu.sort(null);
            out.printf(
                    Locale.ROOT,
                    "%-34s %6s %8.1f %8.1f %8.1f %8.1f %10.1f %5d%n",
                    step.getKey(),
                    first,
                    quantile(warm, 0.5),
                    quantile(warm, 0.9),
                    warm.get(0),
                    warm.get(warm.size() - 1),
                    quantile(cpu, 0.5),
                    warm.size());
        }
        List<Double> switches = new ArrayList<>();
        List<Double> switchCpu = new ArrayList<>();
        presenter.times.forEach((step, values) -> {
            if (!step.startsWith("open")) {
                switches.addAll(values);
                switchCpu.addAll(presenter.swingCpu.get(step));
            }
        });
        switches.sort(null);
        switchCpu.sort(null);
        out.printf(
                Locale.ROOT,
                "all screen changes (warm): median %.1f ms, p90 %.1f ms, max %.1f ms; Swing thread CPU median %.1f ms"
                        + " (n=%d)%n",
                quantile(switches, 0.5),
                quantile(switches, 0.9),
                switches.get(switches.size() - 1),
                quantile(switchCpu, 0.5),
                switches.size());
        System.exit(0);
    }

    private static void play(Scenario scenario, DialogPresenter presenter, PrintStream quiet) throws Exception {
        Path scratch = Files.createTempDirectory("escrow-bench");
        try {
            Host host = Host.simulated(scratch);
            LoadedEscrowConfig loaded = EscrowConfigLoader.load(
                    EscrowSources.fromRoot(Args.parse("preview", new String[0], Set.of(), Set.of()), scratch));
            Clock clock = Clock.systemDefaultZone();
            try (EscrowLog log = EscrowLog.stdoutOnly(quiet, clock)) {
                EscrowWorkflow workflow = EscrowWorkflow.builder()
                        .config(loaded)
                        .mac(SimulatedMac.of(scenario))
                        .presenter(presenter)
                        .clock(clock)
                        .host(host)
                        .log(log)
                        .sleeper(duration -> {})
                        .build();
                workflow.run();
            }
        } finally {
            PreviewMode.deleteQuietly(scratch);
        }
    }

    private static double quantile(List<Double> sorted, double q) {
        double position = (sorted.size() - 1) * q;
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.size() - 1);
        return sorted.get(low) + (position - low) * (sorted.get(high) - sorted.get(low));
    }

    /** Shows every screen in the Swing presenter, answers it at once, and times each change until painted. */
    private static final class TimingPresenter implements DialogPresenter {
        private final SwingDialogPresenter swing;
        private final Map<String, List<Double>> times = new LinkedHashMap<>();
        private final Map<String, List<Double>> swingCpu = new LinkedHashMap<>();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long swingThread = -1;
        private final Map<String, Double> cold = new LinkedHashMap<>();
        private String previous = "open";
        private int round;

        TimingPresenter(SwingDialogPresenter swing) {
            this.swing = swing;
        }

        @Override
        public DialogResult show(DialogSpec spec) {
            String kind = kind(spec);
            timed(kind, () -> swing.display(spec));
            List<FieldValue> values = new ArrayList<>();
            for (TextFieldSpec field : spec.fields()) {
                values.add(
                        field.secure()
                                ? new FieldValue.Hidden(field.outputKey(), Secret.of(SimulatedMac.DEMO_PASSWORD))
                                : new FieldValue.Text(field.outputKey(), ""));
            }
            return new DialogResult(ExitCode.BUTTON1, values);
        }

        @Override
        public void display(DialogSpec spec) {
            timed(kind(spec), () -> swing.display(spec));
        }

        @Override
        public void updateProgress(ProgressSpec progress) {
            timed("progress", () -> swing.updateProgress(progress));
        }

        /** The workflow closes its presenter at the end of each run; the window stays for the next run. */
        @Override
        public void close() {
            // the window is closed once, by main
        }

        private void timed(String kind, Runnable change) {
            String step = previous.equals("open") ? "open the window (" + kind + ")" : previous + " -> " + kind;
            long cpuBefore = swingThread < 0 ? 0 : threads.getThreadCpuTime(swingThread);
            long start = System.nanoTime();
            change.run();
            painted();
            double millis = (System.nanoTime() - start) / 1e6;
            if (swingThread < 0) {
                swingThread = swingThreadId();
            }
            double cpu = (threads.getThreadCpuTime(swingThread) - cpuBefore) / 1e6;
            List<Double> warm = times.computeIfAbsent(step, k -> new ArrayList<>());
            List<Double> warmCpu = swingCpu.computeIfAbsent(step, k -> new ArrayList<>());
            if (round == 0) {
                cold.putIfAbsent(step, millis);
            } else {
                warm.add(millis);
                warmCpu.add(cpu);
            }
            previous = kind;
        }

        /**
         * Returns once the Swing thread has run the events the change queued (validation, then the repaint
         * manager's painting, which was queued before this) and the X server has drawn the result.
         */
        private static long swingThreadId() {
            long[] id = new long[1];
            try {
                SwingUtilities.invokeAndWait(
                        () -> id[0] = Thread.currentThread().getId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
            return id[0];
        }

        private static void painted() {
            try {
                SwingUtilities.invokeAndWait(() -> Toolkit.getDefaultToolkit().sync());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        private static String kind(DialogSpec spec) {
            if (spec.fields().stream().anyMatch(TextFieldSpec::secure)) {
                return spec.message() != null && spec.message().contains("not accepted")
                        ? "password again"
                        : "password";
            }
            return spec.progress() != null ? "progress screen" : "result";
        }
    }
}
