package org.escrowbootstrap.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.config.JamfParameters;

/** The flags that say where the escrow's config comes from, shared by {@code escrow}, {@code preview}, {@code config}. */
final class EscrowSources {

    static final Set<String> VALUE_FLAGS = Set.of("--config", "--set", "--sysroot", "--language");

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
        JamfParameters jamf = JamfParameters.of(args.positional());
        return EscrowConfigSources.of(root, configFile, jamf, args.all("--set"));
    }
}
