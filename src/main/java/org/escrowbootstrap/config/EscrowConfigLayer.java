package org.escrowbootstrap.config;

import java.util.List;

/**
 * What one source contributes: its raw values and what was wrong with it.
 *
 * @param settings the values, in the order written (a later one with the same key wins)
 * @param problems problems found while reading (syntax, unknown keys, unusable values)
 */
record EscrowConfigLayer(List<EscrowRawSetting> settings, List<EscrowConfigProblem> problems) {

    EscrowConfigLayer {
        settings = List.copyOf(settings);
        problems = List.copyOf(problems);
    }

    static EscrowConfigLayer empty() {
        return new EscrowConfigLayer(List.of(), List.of());
    }

    static EscrowConfigLayer failed(EscrowConfigProblem problem) {
        return new EscrowConfigLayer(List.of(), List.of(problem));
    }
}
