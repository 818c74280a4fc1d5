package org.escrowbootstrap.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.LanguageChoice;
import org.escrowbootstrap.config.LoadedEscrowConfig;

/**
 * {@code config --print | --sample}: the merged escrow config with where each value came from, or the sample file.
 *
 * <p>Takes the same sources as {@code escrow} (config file, sysroot, {@code --set}, Jamf parameters), so an admin can
 * see exactly what a policy will use before it runs.
 */
final class ConfigMode {

    static final String HELP = String.join(
            "\n",
            "usage: escrow-bootstrap config --print [--json] [--language CODE] [--config FILE] [--set KEY=VALUE]…",
            "                               [--sysroot DIR] [$1 … $11]",
            "       escrow-bootstrap config --sample",
            "",
            "  --print    the merged config, each value with its source (defaults, file, managed preferences,",
            "             Jamf parameter, command line); exit 1 when a source has errors",
            "  --json     with --print: the merged values as JSON",
            "  --language CODE  with --print: every text as a user of that language (de, fr, pt-BR, ja, …) reads",
            "             it, and whether it is the config's or the built-in translation",
            "  --sample   the built-in defaults as a config file to start from",
            "  --parameters NAME   read $4–$11 in another script's layout (see escrow --help, docs/migrating.md)",
            "",
            "Sources, lowest to highest: built-in defaults, the config file, managed preferences",
            "(/Library/Managed Preferences/org.escrowbootstrap.plist), Jamf parameters $4–$11, --set.");

    private ConfigMode() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Args args;
        try {
            args = Args.parse(
                    "config", argv, EscrowSources.VALUE_FLAGS, Set.of("--print", "--sample", "--json", "--help"));
            EscrowSources.checkParameters("config", args);
        } catch (Args.UsageException e) {
            err.println("escrow-bootstrap " + e.getMessage());
            return 64;
        }
        if (args.has("--help") || (!args.has("--print") && !args.has("--sample"))) {
            out.println(HELP);
            return args.has("--help") ? 0 : 64;
        }
        if (args.has("--sample")) {
            out.print(EscrowConfigLoader.defaultsJson());
            return 0;
        }
        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowSources.from(args));
        if (EscrowSources.language(args).isPresent() || !isAutomatic(loaded)) {
            // Without a user to ask, a language is shown only when one is forced: --language or texts.language.
            loaded = loaded.inLanguage(LanguageChoice.choose(loaded.config(), EscrowSources.language(args), List::of));
        }
        out.print(args.has("--json") ? loaded.config().toJson() : loaded.provenanceReport());
        if (loaded.hasErrors()) {
            err.println("escrow-bootstrap config: a config source has errors (see above); escrow would ignore it");
            return 1;
        }
        return 0;
    }

    private static boolean isAutomatic(LoadedEscrowConfig loaded) {
        String language = loaded.config().text(EscrowConfigKey.LANGUAGE).strip();
        return language.isEmpty() || language.equalsIgnoreCase(LanguageChoice.AUTOMATIC);
    }
}
