package org.escrowbootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in defaults: {@code escrow-config.defaults.json} in the jar, neutral and in our own words.
 *
 * <p>The same file is the documented sample config. It must set every key and pass every check; a jar whose
 * defaults do not is a build defect, so that fails loudly here rather than being patched over.
 */
final class EscrowDefaults {

    static final String RESOURCE = "escrow-config.defaults.json";

    private static final EscrowConfig CONFIG = load();

    private EscrowDefaults() {}

    static EscrowConfig config() {
        return CONFIG;
    }

    /** The resource's text, for {@code config --sample} and tests. */
    static String text() {
        try (InputStream in = EscrowDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in defaults missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in defaults unreadable: " + RESOURCE, e);
        }
    }

    private static EscrowConfig load() {
        EscrowConfigLayer layer =
                EscrowJsonFile.parse(text(), "built-in defaults", new EscrowConfigSource.Defaults(), null);
        EscrowConfigMerger merger = new EscrowConfigMerger().apply(layer);
        if (!merger.problems().isEmpty()) {
            throw new IllegalStateException("built-in defaults are invalid: " + merger.problems());
        }
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            if (!merger.settings().containsKey(key)) {
                throw new IllegalStateException("built-in defaults lack " + key);
            }
        }
        return merger.config();
    }
}
