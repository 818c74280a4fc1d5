package org.escrowbootstrap.config;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ImageRef;

/**
 * The merged escrow configuration: one checked value per key, each with the source it came from.
 *
 * <p>Every key always has a value (the built-in defaults cover all of them), so readers never see a null. Load it
 * with {@link EscrowConfigLoader}; {@link #defaults()} is the built-in layer alone.
 */
public final class EscrowConfig {

    private final Map<EscrowConfigKey, EscrowSetting> settings;

    EscrowConfig(Map<EscrowConfigKey, EscrowSetting> settings) {
        EnumMap<EscrowConfigKey, EscrowSetting> copy = new EnumMap<>(EscrowConfigKey.class);
        copy.putAll(settings);
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            if (!copy.containsKey(key)) {
                throw new IllegalArgumentException("no value for " + key);
            }
        }
        this.settings = Collections.unmodifiableMap(copy);
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
        return other instanceof EscrowConfig c && c.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    @Override
    public String toString() {
        return "EscrowConfig" + settings.values();
    }
}
