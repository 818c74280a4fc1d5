package org.escrowbootstrap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.JamfParameters;
import org.escrowbootstrap.config.LanguageChoice;
import org.escrowbootstrap.config.LoadedEscrowConfig;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.system.ConsoleUser;
import org.escrowbootstrap.system.PtyNative;
import org.escrowbootstrap.system.RealMac;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.Timeouts;
import org.escrowbootstrap.ui.SwingDialogPresenter;
import org.escrowbootstrap.workflow.EscrowLog;
import org.escrowbootstrap.workflow.EscrowWorkflow;
import org.escrowbootstrap.workflow.Host;
import org.escrowbootstrap.workflow.PresenterFactory;
import org.escrowbootstrap.workflow.WorkflowOutcome;

/**
 * {@code escrow [options] [$1 … $11]}: the workflow on a real Mac (or a sysroot), as a Jamf policy runs it.
 *
 * <p>As root the screens open in a child process started in the console user's session; otherwise (or with
 * {@code --ui in-process}) in this process.
 */
final class EscrowMode {

    static final String HELP = String.join(
            "\n",
            "usage: escrow-bootstrap escrow [--config FILE] [--set KEY=VALUE]… [--language CODE] [--parameters NAME]",
            "                               [--sysroot DIR] [--ui child|in-process] [$1 $2 $3 $4 … $11]",
            "",
            "Escrows this Mac's Bootstrap Token to the MDM server, asking the console user for their password.",
            "Jamf Pro runs it as root and passes $1 (mount point), $2 (computer name), $3 (user name) and the",
            "policy's parameters $4–$11 (see docs/jamf-parameters.md for the labels).",
            "",
            "  --config FILE       the config file (default /Library/Application Support/EscrowBootstrap/escrow-config.json)",
            "  --set KEY=VALUE     override one config key (repeatable), e.g. --set behaviour.maxAttempts=5",
            "  --language CODE     the screens' language (de, fr, pt-BR, ja, …) instead of the user's preferred one",
            "  --sysroot DIR       find the macOS tools and files under DIR instead of / (tests)",
            "  --parameters NAME   read $4–$11 as another script laid them out: escrow-bootstrap (ours, the default),",
            "                      schroeder, kendall or kendall:PLIST (see docs/migrating.md)",
            "  --ui child          as root: the window in a process in the console user's session (default)",
            "  --ui in-process     the window in this process (when not root, always)",
            "",
            "Exit codes: see docs/exit-codes.md (0 escrowed or already escrowed).");

    /** Jamf passes $1 to $11. */
    private static final int MAX_JAMF_PARAMETERS = 11;

    private EscrowMode() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args;
        try {
            args = Args.parse("escrow", argv, with(EscrowSources.VALUE_FLAGS, "--ui"), Set.of("--help"));
            if (args.positional().size() > MAX_JAMF_PARAMETERS) {
                throw new Args.UsageException("escrow: at most 11 positional arguments ($1 … $11), got "
                        + args.positional().size());
            }
            if (args.value("--ui")
                    .filter(v -> !v.equals("child") && !v.equals("in-process"))
                    .isPresent()) {
                throw new Args.UsageException("escrow: --ui takes child or in-process");
            }
            EscrowSources.checkParameters("escrow", args);
        } catch (Args.UsageException e) {
            err.println("escrow-bootstrap " + e.getMessage());
            return WorkflowOutcome.USAGE_ERROR.code();
        }
        if (args.has("--help")) {
            out.println(HELP);
            return 0;
        }
        Optional<Path> sysroot = EscrowSources.sysroot(args);
        Host host = Host.detect(sysroot);
        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowSources.from(args));
        Clock clock = Clock.systemDefaultZone();
        try (EscrowLog log = EscrowLog.forConfig(loaded.config(), host, out, clock)) {
            if (host.root()) {
                // pty4j's native code from a folder of root's, not a fresh copy left in /tmp by every run.
                Path natives = host.resolve(loaded.config().text(EscrowConfigKey.RUN_DIRECTORY))
                        .resolve("native");
                PtyNative.install(natives).ifPresent(why -> log.warn("terminal: " + why + "; pty4j unpacks its own"));
            }
            RealMac mac = new RealMac(
                    sysroot.orElse(Path.of("/")), timeouts(loaded.config()), line -> log.info("tool: " + line));
            boolean child = host.root() && !args.value("--ui").orElse("child").equals("in-process");
            PresenterFactory presenters = child
                    ? user -> openChild(mac, user, loaded.config(), log)
                    : user -> new SwingDialogPresenter(warning -> log.warn("dialog: " + warning));
            EscrowWorkflow workflow = EscrowWorkflow.builder()
                    .config(inUsersLanguage(loaded, args, mac, log))
                    .mac(mac)
                    .presenters(presenters)
                    .clock(clock)
                    .host(host)
                    .log(log)
                    .jamfUser(JamfParameters.of(args.positional()).userName())
                    .build();
            return workflow.exitCode(workflow.run());
        }
    }

    /**
     * The config with its texts in the language of whoever sits at the screen: {@code --language}, else
     * {@code texts.language}, else the console user's preferred languages (asked only then).
     */
    private static LoadedEscrowConfig inUsersLanguage(
            LoadedEscrowConfig loaded, Args args, RealMac mac, EscrowLog log) {
        LanguageChoice choice = LanguageChoice.choose(loaded.config(), EscrowSources.language(args), () -> {
            if (mac.consoleUser() instanceof Result.Ok<ConsoleUser> ok
                    && ok.value() instanceof ConsoleUser.LoggedIn user) {
                return mac.preferredLanguages(user.shortName());
            }
            return List.of();
        });
        log.info("language: " + choice.language() + " (" + choice.reason() + ")");
        return loaded.inLanguage(choice);
    }

    private static DialogPresenter openChild(
            RealMac mac, ConsoleUser.LoggedIn user, EscrowConfig config, EscrowLog log) {
        List<String> argv = mac.asConsoleUser(user, SelfCommand.argv(List.of(UiSessionMode.NAME)));
        log.info("dialog: opening the window in " + user.shortName() + "'s session");
        try {
            // The child runs as the user: the root side keeps deadlines of its own, so a stopped child cannot hold
            // the escrow, its lock and the Jamf policy.
            RemotePresenter.Limits limits =
                    RemotePresenter.Limits.forDialogTimeout(config.integer(EscrowConfigKey.DIALOG_TIMEOUT_SECONDS));
            return RemotePresenter.start(argv, limits, line -> log.info("dialog: " + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The tools' limits as the config sets them. */
    static Timeouts timeouts(EscrowConfig config) {
        return Timeouts.defaults()
                .withQueryAndRecon(
                        Duration.ofSeconds(config.integer(EscrowConfigKey.TOOL_TIMEOUT_SECONDS)),
                        Duration.ofSeconds(config.integer(EscrowConfigKey.RECON_TIMEOUT_SECONDS)));
    }

    private static Set<String> with(Set<String> base, String extra) {
        Set<String> all = new HashSet<>(base);
        all.add(extra);
        return Set.copyOf(all);
    }
}
