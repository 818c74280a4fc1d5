package org.escrowbootstrap.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.config.JamfParameters;
import org.escrowbootstrap.config.ParameterLayout;

/** The flags that say where the escrow's config comes from, shared by {@code escrow}, {@code preview}, {@code config}. */
final class EscrowSources {

    static final Set<String> VALUE_FLAGS = Set.of("--config", "--set", "--sysroot", "--parameters", "--language");

    private EscrowSources() {}

    static Optional<Path> sysroot(Args args) {
        return args.value("--sysroot").map(p -> Path.of(p).toAbsolutePath());
    }

    /** {@code --language CODE}: the screens' language, over {@code texts.language} and the user's preferences. */
    static Optional<String> language(Args args) {
        return args.value("--language");
    }

    static EscrowConfigSources from(Args args) {
        Path root = sysroot(args).orElse(Path.of("/"));
        return fromRoot(args, root);
    }

    static EscrowConfigSources fromRoot(Args args, Path root) {
        Path configFile = args.value("--config").map(Path::of).orElse(null);
        Parameters parameters = parameters(args);
        JamfParameters jamf = JamfParameters.of(args.positional(), parameters.layout());
        EscrowConfigSources sources = EscrowConfigSources.of(root, configFile, jamf, args.all("--set"));
        return parameters.preferences() == null ? sources : sources.withLegacyPreferences(parameters.preferences());
    }

    /** How to read Jamf's {@code $4}–{@code $11}: {@code --parameters LAYOUT}, or {@code kendall:PLIST}. */
    record Parameters(ParameterLayout layout, Path preferences) {}

    /** Refuses a {@code --parameters} value that names no layout, as a usage error of {@code mode}. */
    static void checkParameters(String mode, Args args) throws Args.UsageException {
        try {
            parameters(args);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(mode + ": " + e.getMessage());
        }
    }

    /** The {@code --parameters} choice; ours when absent. */
    static Parameters parameters(Args args) {
        Optional<String> given = args.value("--parameters").filter(v -> !v.isBlank());
        if (given.isEmpty()) {
            return new Parameters(ParameterLayout.ESCROW_BOOTSTRAP, null);
        }
        String value = given.get().strip();
        int colon = value.indexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        ParameterLayout layout = ParameterLayout.named(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--parameters takes one of " + ParameterLayout.names() + ", not \"" + name + "\""));
        if (colon < 0) {
            return new Parameters(layout, null);
        }
        if (layout != ParameterLayout.KENDALL) {
            throw new IllegalArgumentException("--parameters " + layout.id() + " takes no file");
        }
        return new Parameters(layout, Path.of(value.substring(colon + 1)));
    }
}
