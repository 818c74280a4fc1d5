package org.escrowbootstrap.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.LanguageChoice;
import org.escrowbootstrap.config.LoadedEscrowConfig;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.LanguageTags;
import org.escrowbootstrap.system.sim.Scenario;
import org.escrowbootstrap.system.sim.SimulatedMac;
import org.escrowbootstrap.ui.DialogRenderer;
import org.escrowbootstrap.ui.SwingDialogPresenter;
import org.escrowbootstrap.workflow.EscrowLog;
import org.escrowbootstrap.workflow.EscrowWorkflow;
import org.escrowbootstrap.workflow.Host;

/**
 * {@code preview}: the whole escrow on a simulated Mac, on any OS, in real windows or rendered to PNGs.
 *
 * <p>Admins see their branding and every branch before deploying: {@code --config} takes their config file,
 * {@code --scenario} picks the branch. Nothing on this machine is read or changed; the run's log and lock live in
 * a temporary folder that is removed afterwards.
 */
final class PreviewMode {

    static final String DEFAULT_SCENARIO = Scenario.NOT_ESCROWED.id();

    private PreviewMode() {}

    static String help() {
        return String.join(
                "\n",
                "usage: escrow-bootstrap preview [--scenario NAME] [--config FILE] [--set KEY=VALUE]… [--language CODE]",
                "                                [--screenshots DIR]",
                "       escrow-bootstrap preview --list",
                "",
                "Runs the escrow on a simulated Mac, in real windows (or, with --screenshots, rendered to numbered PNGs",
                "in DIR without a display), so you see your branding and every branch before deploying.",
                "",
                "  --scenario NAME     the situation to play (default " + DEFAULT_SCENARIO + "); see --list",
                "  --config FILE       your escrow config file",
                "  --set KEY=VALUE     override one config key (repeatable)",
                "  --language CODE     the screens in that language (de, fr, pt-BR, ja, …); default: texts.language,",
                "                      else English (the simulated user prefers English)",
                "  --screenshots DIR   render every screen to DIR/NN-kind.png instead of showing windows",
                "  --list              the scenarios, with the password that works in each",
                "",
                "Scenarios:",
                Scenario.catalogue().stripTrailing());
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args;
        try {
            args = Args.parse(
                    "preview",
                    argv,
                    Set.of("--scenario", "--config", "--set", "--screenshots", "--language"),
                    Set.of("--list", "--help"));
        } catch (Args.UsageException e) {
            err.println("escrow-bootstrap " + e.getMessage());
            return 64;
        }
        if (args.has("--help")) {
            out.println(help());
            return 0;
        }
        if (args.has("--list")) {
            out.print(Scenario.catalogue());
            return 0;
        }
        String name = args.value("--scenario").orElse(DEFAULT_SCENARIO);
        Optional<Scenario> scenario = Scenario.find(name);
        if (scenario.isEmpty()) {
            err.println("escrow-bootstrap preview: no scenario called '" + name + "'; the scenarios are:");
            err.print(Scenario.catalogue());
            return 64;
        }
        Optional<Path> screenshots = args.value("--screenshots").map(Path::of);
        if (screenshots.isPresent()) {
            System.setProperty("java.awt.headless", "true");
            try {
                Files.createDirectories(screenshots.get());
            } catch (IOException e) {
                err.println("escrow-bootstrap preview: cannot create " + screenshots.get() + ": " + e.getMessage());
                return 73;
            }
            // Fonts and the UI's parsers load in the background while the config is read and the run starts.
            DialogRenderer.prepare();
        } else if (GraphicsEnvironment.isHeadless()) {
            err.println("escrow-bootstrap preview: no display for the windows; use --screenshots DIR to render PNGs");
            return 1;
        } else {
            SwingDialogPresenter.prepare();
        }
        Path scratch;
        try {
            scratch = scratchFolder(Path.of(System.getProperty("java.io.tmpdir")), System::nanoTime);
        } catch (IOException e) {
            err.println("escrow-bootstrap preview: cannot create a temporary folder: " + e.getMessage());
            return 73;
        }
        // Also when the run is stopped (Ctrl-C, kill): the folder holds the run's log and lock.
        Thread cleanup = new Thread(() -> deleteQuietly(scratch), "escrow-preview-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            return play(scenario.get(), args, scratch, screenshots, out, err);
        } finally {
            deleteQuietly(scratch);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
        }
    }

    private static int play(
            Scenario scenario, Args args, Path scratch, Optional<Path> screenshots, PrintStream out, PrintStream err) {
        Host host = Host.simulated(scratch);
        LoadedEscrowConfig configured = EscrowConfigLoader.load(EscrowSources.fromRoot(args, scratch));
        LanguageChoice language = LanguageChoice.choose(
                configured.config(), EscrowSources.language(args), () -> List.of(LanguageTags.ENGLISH));
        LoadedEscrowConfig loaded = configured.inLanguage(language);
        Clock clock = Clock.systemDefaultZone();
        ScreenshotPresenter renderer = screenshots
                .map(dir -> new ScreenshotPresenter(dir, SimulatedMac.DEMO_PASSWORD, DialogMode.warnings(err)))
                .orElse(null);
        try (EscrowLog log = EscrowLog.forConfig(loaded.config(), host, out, clock)) {
            log.info("preview: scenario " + scenario.summary());
            log.info("preview: language " + language.language() + " (" + language.reason() + ")");
            DialogPresenter presenter =
                    renderer != null ? renderer : new SwingDialogPresenter(warning -> log.warn("dialog: " + warning));
            EscrowWorkflow workflow = EscrowWorkflow.builder()
                    .config(loaded)
                    .mac(SimulatedMac.of(scenario))
                    .presenter(presenter)
                    .clock(clock)
                    .host(host)
                    .log(log)
                    .infoBoxNote(note(scenario))
                    .build();
            int code = workflow.exitCode(workflow.run());
            if (renderer != null) {
                renderer.written().forEach(file -> out.println("preview: wrote " + file));
                renderer.failures().forEach(failure -> err.println("escrow-bootstrap preview: " + failure));
                if (!renderer.failures().isEmpty()) {
                    return 73;
                }
            }
            return code;
        }
    }

    /**
     * A new folder for the run's log and lock in {@code parent}, for this user only. Not {@link
     * Files#createTempDirectory}: its random name starts the JDK's security providers for a {@code SecureRandom}
     * (40 ms alone, 20 ms of a preview's start). A name of the process and the clock is as safe here: the folder
     * is created atomically, which fails on anything of that name already there (a link included), and another
     * name is tried then.
     */
    static Path scratchFolder(Path parent, LongSupplier clock) throws IOException {
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                }
                : new FileAttribute<?>[0];
        String prefix = "escrow-preview-" + ProcessHandle.current().pid() + "-";
        FileAlreadyExistsException taken = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                return Files.createDirectory(
                        parent.resolve(prefix + Long.toUnsignedString(clock.getAsLong(), 36)), ownerOnly);
            } catch (FileAlreadyExistsException e) {
                taken = e;
            }
        }
        throw taken;
    }

    /** A short line for the narrow info box; the full hint is in the log's first line. */
    static String note(Scenario scenario) {
        return scenario.passwordHint().startsWith("password: ")
                ? "*Preview:* " + SimulatedMac.DEMO_PASSWORD
                : "*Preview*";
    }

    /** Deletes a scratch folder and all in it, as far as it can. */
    static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
