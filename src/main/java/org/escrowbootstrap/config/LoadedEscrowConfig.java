package org.escrowbootstrap.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The merged escrow config, the problems met on the way, and the sources that were consulted.
 *
 * @param config the merged values
 * @param problems warnings and errors, in the order met; none of them stops the escrow
 * @param consulted the sources in precedence order, lowest first, as phrases for {@code config --print}
 */
public record LoadedEscrowConfig(EscrowConfig config, List<EscrowConfigProblem> problems, List<String> consulted) {

    public LoadedEscrowConfig {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        problems = problems == null ? List.of() : List.copyOf(problems);
        consulted = consulted == null ? List.of() : List.copyOf(consulted);
    }

    /**
     * This config with its texts in the chosen language; the choice's warning, if any, joins the problems so the
     * escrow's log and {@code config --print} say it once.
     */
    public LoadedEscrowConfig inLanguage(LanguageChoice choice) {
        List<EscrowConfigProblem> all = new ArrayList<>(problems);
        choice.warning()
                .ifPresent(warning ->
                        all.add(EscrowConfigProblem.warning("language", EscrowConfigKey.LANGUAGE.key(), warning)));
        List<String> sources = new ArrayList<>(consulted);
        sources.add("language " + choice.language() + " (" + choice.reason() + ")");
        return new LoadedEscrowConfig(config.forLanguage(choice.language()), all, sources);
    }

    /** Whether a whole source could not be used (a broken file); {@code config --print} may exit non-zero. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == EscrowConfigProblem.Severity.ERROR);
    }

    /** The text {@code config --print} shows: every value with its source, then the problems. */
    public String provenanceReport() {
        return EscrowProvenanceReport.render(this);
    }
}
