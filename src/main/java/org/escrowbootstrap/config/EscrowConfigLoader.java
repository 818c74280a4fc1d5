package org.escrowbootstrap.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the escrow config from all its sources and merges them, lowest to highest precedence.
 *
 * <p>Built-in defaults, then the config file, managed preferences, Jamf parameters {@code $5}–{@code $11}, and
 * command-line overrides. Nothing here stops the escrow: problems are collected for the log and for
 * {@code config --print}, bad values fall back to the layer below, and a broken file is skipped as a whole.
 */
public final class EscrowConfigLoader {

    private EscrowConfigLoader() {}

    public static LoadedEscrowConfig load(EscrowConfigSources sources) {
        EscrowConfigMerger merger = new EscrowConfigMerger(EscrowDefaults.config());
        List<String> consulted = new ArrayList<>();
        consulted.add("built-in defaults");

        Optional<Path> explicit = sources.explicitConfigFile();
        Path file = explicit.orElse(sources.defaultConfigFile());
        if (explicit.isPresent() || Files.exists(file)) {
            merger.apply(EscrowJsonFile.read(file, new EscrowConfigSource.ConfigFile(file)));
            consulted.add("config file " + file + (Files.isRegularFile(file) ? "" : " (not found)"));
        } else {
            consulted.add("config file " + file + " (absent, not required)");
        }

        if (sources.jamf().layout() == ParameterLayout.KENDALL) {
            Path legacy = sources.legacyPreferencesFile();
            merger.apply(LegacyPreferences.read(legacy));
            consulted.add("kendall preferences " + legacy + (Files.exists(legacy) ? "" : " (absent)"));
        }

        Path plist = ManagedPreferences.path(sources.root());
        merger.apply(ManagedPreferences.read(plist));
        consulted.add("managed preferences " + plist + (Files.exists(plist) ? "" : " (absent)"));

        merger.apply(sources.jamf().layer());
        consulted.add("Jamf parameters $4–$11 (" + sources.jamf().layout().id() + " layout)");

        merger.apply(commandLine(sources.overrides()));
        consulted.add("command-line overrides");

        return new LoadedEscrowConfig(merger.config(), merger.problems(), consulted);
    }

    /** Parses the command line's {@code key=value} overrides. */
    static EscrowConfigLayer commandLine(List<String> overrides) {
        List<EscrowRawSetting> settings = new ArrayList<>();
        List<EscrowConfigProblem> problems = new ArrayList<>();
        EscrowConfigSource source = new EscrowConfigSource.CommandLine();
        for (String override : overrides) {
            int eq = override.indexOf('=');
            if (eq <= 0) {
                problems.add(EscrowConfigProblem.warning(
                        "command line", null, "\"" + override + "\" is not key=value; ignored"));
                continue;
            }
            settings.add(new EscrowRawSetting(
                    override.substring(0, eq).strip(), override.substring(eq + 1), source, "command line", null));
        }
        return new EscrowConfigLayer(settings, problems);
    }

    /** The built-in defaults as JSON text: the documented sample config. */
    public static String defaultsJson() {
        return EscrowDefaults.text();
    }
}
