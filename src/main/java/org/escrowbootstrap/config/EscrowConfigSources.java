package org.escrowbootstrap.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where to look for escrow settings: the inputs of {@link EscrowConfigLoader#load(EscrowConfigSources)}.
 *
 * @param root the file-system root: {@code /} on a Mac, a sysroot folder in tests; the managed preferences and the
 *     default config file are looked up under it
 * @param configFile the config file named on the command line ({@code --config}), or null; it wins over Jamf's
 *     {@code $4}, which wins over {@link #DEFAULT_CONFIG_FILE} under the root
 * @param jamf Jamf's positional parameters
 * @param overrides command-line {@code key=value} overrides, in order (a later one wins)
 * @param legacyPreferences with the {@link ParameterLayout#KENDALL} layout, that script's preference file, when not
 *     at its usual place; else null
 */
public record EscrowConfigSources(
        Path root, Path configFile, JamfParameters jamf, List<String> overrides, Path legacyPreferences) {

    /** Read when present and no other file is named; relative to the root. */
    public static final String DEFAULT_CONFIG_FILE = "Library/Application Support/EscrowBootstrap/escrow-config.json";

    public EscrowConfigSources {
        root = root == null ? Path.of("/") : root;
        jamf = jamf == null ? JamfParameters.none() : jamf;
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** The sources of a real run: the root {@code /}, Jamf's parameters, and the command line's choices. */
    public static EscrowConfigSources of(Path root, Path configFile, JamfParameters jamf, List<String> overrides) {
        return new EscrowConfigSources(root, configFile, jamf, overrides, null);
    }

    /** Only the built-in defaults and whatever lies under {@code root}. */
    public static EscrowConfigSources under(Path root) {
        return new EscrowConfigSources(root, null, null, null, null);
    }

    /** These sources with the migrated script's preference file at {@code file}. */
    public EscrowConfigSources withLegacyPreferences(Path file) {
        return new EscrowConfigSources(root, configFile, jamf, overrides, file);
    }

    /** The migrated script's preference file: the one named, else its usual place under the root. */
    Path legacyPreferencesFile() {
        return legacyPreferences != null ? legacyPreferences : root.resolve(LegacyPreferences.USUAL_PLACE);
    }

    /** The config file to read, and whether someone asked for it (then its absence is an error). */
    Optional<Path> explicitConfigFile() {
        if (configFile != null) {
            return Optional.of(configFile);
        }
        return jamf.configFile();
    }

    Path defaultConfigFile() {
        return root.resolve(DEFAULT_CONFIG_FILE);
    }
}
