package org.escrowbootstrap.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies layers of raw settings, lowest first, keeping each accepted value with its source.
 *
 * <p>A value that fails its check never replaces the one below it: a typo in Jamf parameter $6 leaves the config
 * file's banner in place, with a warning that says so.
 */
final class EscrowConfigMerger {

    private final Map<EscrowConfigKey, EscrowSetting> settings = new EnumMap<>(EscrowConfigKey.class);
    private final List<EscrowConfigProblem> problems = new ArrayList<>();

    EscrowConfigMerger(EscrowConfig base) {
        settings.putAll(base.settings());
    }

    /** An empty merger, for building the defaults themselves. */
    EscrowConfigMerger() {}

    EscrowConfigMerger apply(EscrowConfigLayer layer) {
        problems.addAll(layer.problems());
        for (EscrowRawSetting raw : layer.settings()) {
            apply(raw);
        }
        return this;
    }

    private void apply(EscrowRawSetting raw) {
        Optional<EscrowConfigKey> found = EscrowConfigKey.find(raw.name());
        if (found.isEmpty()) {
            problems.add(EscrowConfigProblem.warning(
                    raw.location(),
                    raw.name(),
                    "unknown key" + EscrowKeySuggestions.hintForKey(raw.name()) + "; ignored"));
            return;
        }
        EscrowConfigKey key = found.get();
        boolean textSource = !(raw.source() instanceof EscrowConfigSource.ConfigFile
                || raw.source() instanceof EscrowConfigSource.Defaults);
        EscrowValueCheck.Checked checked = EscrowValueCheck.check(key, raw.raw(), textSource, raw.baseDirectory());
        if (checked instanceof EscrowValueCheck.Accepted accepted) {
            settings.put(key, new EscrowSetting(key, accepted.value(), raw.source(), raw.location()));
            return;
        }
        String reason = ((EscrowValueCheck.Refused) checked).reason();
        EscrowSetting kept = settings.get(key);
        String fallback = kept == null
                ? "no value to fall back to"
                : "using " + EscrowValueCheck.describe(kept.value()) + " from "
                        + kept.source().describe();
        problems.add(EscrowConfigProblem.warning(raw.location(), key.key(), reason + "; " + fallback));
    }

    List<EscrowConfigProblem> problems() {
        return List.copyOf(problems);
    }

    Map<EscrowConfigKey, EscrowSetting> settings() {
        return Map.copyOf(settings);
    }

    EscrowConfig config() {
        return new EscrowConfig(settings);
    }
}
