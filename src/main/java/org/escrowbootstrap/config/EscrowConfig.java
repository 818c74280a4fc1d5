package org.escrowbootstrap.config;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.LanguageTags;

/**
 * The merged escrow configuration: one checked value per key, each with the source it came from.
 *
 * <p>Every key always has a value (the built-in defaults cover all of them), so readers never see a null. Load it
 * with {@link EscrowConfigLoader}; {@link #defaults()} is the built-in layer alone.
 *
 * <p>The texts exist per language too: the admin's own ({@code languages.de.texts.…}) and the built-in
 * translations. {@link #forLanguage(String)} picks one language's; until then the texts are the English ones.
 */
public final class EscrowConfig {

    /** The config's section of per-language texts: {@code {"languages": {"de": {"texts": {…}}}}}. */
    public static final String LANGUAGES_SECTION = "languages";

    private final Map<EscrowConfigKey, EscrowSetting> settings;
    private final Map<String, Map<EscrowConfigKey, EscrowSetting>> localized;
    private final String language;
    private final Map<EscrowConfigKey, EscrowSetting> configured;

    EscrowConfig(Map<EscrowConfigKey, EscrowSetting> settings) {
        this(settings, Map.of(), null);
    }

    EscrowConfig(
            Map<EscrowConfigKey, EscrowSetting> settings,
            Map<String, Map<EscrowConfigKey, EscrowSetting>> localized,
            String language) {
        this(settings, localized, language, settings);
    }

    /**
     * @param localized the admin's texts per language tag (canonical BCP 47), each key translatable
     * @param language the language the texts were resolved for, or null when they were not
     * @param configured the settings before the texts were resolved for the language
     */
    private EscrowConfig(
            Map<EscrowConfigKey, EscrowSetting> settings,
            Map<String, Map<EscrowConfigKey, EscrowSetting>> localized,
            String language,
            Map<EscrowConfigKey, EscrowSetting> configured) {
        EnumMap<EscrowConfigKey, EscrowSetting> copy = new EnumMap<>(EscrowConfigKey.class);
        copy.putAll(settings);
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            if (!copy.containsKey(key)) {
                throw new IllegalArgumentException("no value for " + key);
            }
        }
        this.settings = Collections.unmodifiableMap(copy);
        Map<String, Map<EscrowConfigKey, EscrowSetting>> languages = new TreeMap<>();
        localized.forEach((tag, texts) -> {
            EnumMap<EscrowConfigKey, EscrowSetting> one = new EnumMap<>(EscrowConfigKey.class);
            one.putAll(texts);
            languages.put(tag, Collections.unmodifiableMap(one));
        });
        this.localized = Collections.unmodifiableMap(languages);
        this.language = language;
        this.configured = configured == settings ? this.settings : Map.copyOf(configured);
    }

    /** The built-in defaults alone. */
    public static EscrowConfig defaults() {
        return EscrowDefaults.config();
    }

    /** The value of a text key (TEXT, LABEL, IMAGE, COLOUR or PATH), as written. */
    public String text(EscrowConfigKey key) {
        Object value = setting(key).value();
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException(key + " is not a text key but " + key.type());
        }
        return s;
    }

    public int integer(EscrowConfigKey key) {
        requireType(key, EscrowConfigKey.Type.INTEGER);
        return (Integer) setting(key).value();
    }

    public boolean flag(EscrowConfigKey key) {
        requireType(key, EscrowConfigKey.Type.BOOLEAN);
        return (Boolean) setting(key).value();
    }

    /** An IMAGE key's value as an image reference; an empty value is {@link ImageRef.None}. */
    public ImageRef image(EscrowConfigKey key) {
        requireType(key, EscrowConfigKey.Type.IMAGE);
        return ImageRef.parse(text(key));
    }

    public Colour colour(EscrowConfigKey key) {
        requireType(key, EscrowConfigKey.Type.COLOUR);
        return Colour.parse(text(key)).orElseThrow(() -> new IllegalStateException(key + " was checked"));
    }

    /** Where the key's value came from. */
    public EscrowConfigSource source(EscrowConfigKey key) {
        return setting(key).source();
    }

    public EscrowSetting setting(EscrowConfigKey key) {
        return settings.get(key);
    }

    /** Every setting, in key order. */
    public Map<EscrowConfigKey, EscrowSetting> settings() {
        return settings;
    }

    /**
     * This config with every text in {@code language}: the admin's text for that language, else (for any language
     * but English) the built-in translation, else the text as configured. So a text the admin wrote only in
     * English replaces the built-in English alone, and other languages keep their translation.
     */
    public EscrowConfig forLanguage(String language) {
        Map<EscrowConfigKey, EscrowSetting> resolved = new EnumMap<>(EscrowConfigKey.class);
        resolved.putAll(configured);
        // A language the admin added (pt-PT) borrows what it lacks from the nearest other one (pt-BR), not English.
        Set<String> others = new LinkedHashSet<>(availableLanguages());
        others.remove(language);
        List<String> chain = new ArrayList<>(List.of(language));
        LanguageTags.best(List.of(language), others).ifPresent(chain::add);
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            if (!key.translatable()) {
                continue;
            }
            if (key.sameInEveryLanguage() && !(configured.get(key).source() instanceof EscrowConfigSource.Defaults)) {
                // The organisation's help desk and its link are the same whatever the user reads: the admin's one
                // value stands in every language, unless the admin gave this language its own.
                admins(chain, key).ifPresent(setting -> resolved.put(key, setting));
                continue;
            }
            translation(chain, key).ifPresent(setting -> resolved.put(key, setting));
        }
        return new EscrowConfig(resolved, localized, language, configured);
    }

    /** The admin's own text for the first language of {@code chain} that has one. */
    private Optional<EscrowSetting> admins(List<String> chain, EscrowConfigKey key) {
        for (String tag : chain) {
            EscrowSetting own = localized.getOrDefault(tag, Map.of()).get(key);
            if (own != null) {
                return Optional.of(own);
            }
        }
        return Optional.empty();
    }

    /** The admin's text, else the built-in one, in the first language of {@code chain} that has either. */
    private Optional<EscrowSetting> translation(List<String> chain, EscrowConfigKey key) {
        for (String tag : chain) {
            EscrowSetting own = localized.getOrDefault(tag, Map.of()).get(key);
            if (own != null) {
                return Optional.of(own);
            }
            if (tag.equals(LanguageTags.ENGLISH)) {
                return Optional.empty(); // English is the configured text itself
            }
            Optional<String> text = BuiltInTranslations.text(tag, key);
            if (text.isPresent()) {
                return Optional.of(new EscrowSetting(
                        key,
                        text.get(),
                        new EscrowConfigSource.BuiltInTranslation(tag),
                        BuiltInTranslations.FOLDER + tag + ".json"));
            }
        }
        return Optional.empty();
    }

    /** The key's setting as configured, before {@link #forLanguage(String)} chose a language's text. */
    public EscrowSetting configured(EscrowConfigKey key) {
        return configured.get(key);
    }

    /** The language the texts are in, when {@link #forLanguage(String)} chose one. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The languages the screens can be shown in: the shipped ones and those the admin wrote texts for. */
    public Set<String> availableLanguages() {
        Set<String> all = new LinkedHashSet<>(BuiltInTranslations.LANGUAGES);
        all.addAll(localized.keySet());
        return Collections.unmodifiableSet(all);
    }

    /** The admin's own texts per language ({@code languages.<tag>.…}), by canonical tag. */
    public Map<String, Map<EscrowConfigKey, EscrowSetting>> localizedTexts() {
        return localized;
    }

    /** This config as the nested JSON a config file holds ({@code config --print --json}). */
    public String toJson() {
        JsonObject root = new JsonObject();
        for (EscrowSetting setting : settings.values()) {
            EscrowConfigKey key = setting.key();
            JsonObject section = root.getAsJsonObject(key.section());
            if (section == null) {
                section = new JsonObject();
                root.add(key.section(), section);
            }
            Object value = setting.value();
            if (value instanceof Integer i) {
                section.addProperty(key.leaf(), i);
            } else if (value instanceof Boolean b) {
                section.addProperty(key.leaf(), b);
            } else {
                section.addProperty(key.leaf(), (String) value);
            }
        }
        if (!localized.isEmpty()) {
            JsonObject languages = new JsonObject();
            localized.forEach((tag, texts) -> {
                JsonObject one = new JsonObject();
                texts.values().forEach(setting -> {
                    EscrowConfigKey key = setting.key();
                    if (!one.has(key.section())) {
                        one.add(key.section(), new JsonObject());
                    }
                    one.getAsJsonObject(key.section()).addProperty(key.leaf(), (String) setting.value());
                });
                languages.add(tag, one);
            });
            root.add(LANGUAGES_SECTION, languages);
        }
        return new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(root);
    }

    private static void requireType(EscrowConfigKey key, EscrowConfigKey.Type type) {
        if (key.type() != type) {
            throw new IllegalArgumentException(key + " is " + key.type() + ", not " + type);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EscrowConfig c
                && c.settings.equals(settings)
                && c.localized.equals(localized)
                && Objects.equals(c.language, language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, localized, language);
    }

    @Override
    public String toString() {
        return "EscrowConfig" + settings.values();
    }
}
