package org.escrowbootstrap.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.escrowbootstrap.model.LanguageTags;

/**
 * Applies layers of raw settings, lowest first, keeping each accepted value with its source.
 *
 * <p>A value that fails its check never replaces the one below it: a typo in Jamf parameter $6 leaves the config
 * file's banner in place, with a warning that says so.
 */
final class EscrowConfigMerger {

    private final Map<EscrowConfigKey, EscrowSetting> settings = new EnumMap<>(EscrowConfigKey.class);
    private final Map<String, Map<EscrowConfigKey, EscrowSetting>> localized = new TreeMap<>();
    private final List<EscrowConfigProblem> problems = new ArrayList<>();

    EscrowConfigMerger(EscrowConfig base) {
        settings.putAll(base.settings());
        base.localizedTexts().forEach((tag, texts) -> localized.put(tag, new EnumMap<>(texts)));
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
        if (raw.name().toLowerCase(Locale.ROOT).startsWith(EscrowConfig.LANGUAGES_SECTION + ".")) {
            applyLocalized(raw);
            return;
        }
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

    /** A text for one language: {@code languages.<tag>.<section>.<leaf>}, e.g. {@code languages.de.texts.buttonOk}. */
    private void applyLocalized(EscrowRawSetting raw) {
        String rest = raw.name().substring(EscrowConfig.LANGUAGES_SECTION.length() + 1);
        int dot = rest.indexOf('.');
        String written = dot < 0 ? rest : rest.substring(0, dot);
        Optional<String> tag = LanguageTags.canonical(written);
        if (tag.isEmpty() || dot < 0) {
            problems.add(EscrowConfigProblem.warning(
                    raw.location(),
                    raw.name(),
                    tag.isEmpty()
                            ? "\"" + written + "\" is not a language code (such as de, fr or pt-BR); ignored"
                            : "names no text: write languages." + written + ".texts.buttonOk and the like; ignored"));
            return;
        }
        String name = rest.substring(dot + 1);
        Optional<EscrowConfigKey> found = EscrowConfigKey.find(name);
        if (found.isEmpty() || !found.get().translatable()) {
            String why = found.isEmpty()
                    ? "unknown key" + EscrowKeySuggestions.hintForKey(name)
                    : found.get() + " is not a text and is the same in every language";
            problems.add(EscrowConfigProblem.warning(raw.location(), raw.name(), why + "; ignored"));
            return;
        }
        EscrowConfigKey key = found.get();
        EscrowValueCheck.Checked checked = EscrowValueCheck.check(key, raw.raw(), true, raw.baseDirectory());
        if (checked instanceof EscrowValueCheck.Accepted accepted) {
            localized
                    .computeIfAbsent(tag.get(), t -> new EnumMap<>(EscrowConfigKey.class))
                    .put(key, new EscrowSetting(key, accepted.value(), raw.source(), raw.location()));
            return;
        }
        problems.add(EscrowConfigProblem.warning(
                raw.location(),
                raw.name(),
                ((EscrowValueCheck.Refused) checked).reason() + "; the text below it is used in " + tag.get()));
    }

    List<EscrowConfigProblem> problems() {
        return List.copyOf(problems);
    }

    Map<EscrowConfigKey, EscrowSetting> settings() {
        return Map.copyOf(settings);
    }

    EscrowConfig config() {
        return new EscrowConfig(settings, localized, null);
    }
}
