package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.escrowbootstrap.model.ImageRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merged config's typed access, its JSON form and the shipped defaults. */
class EscrowConfigTest {

    @TempDir
    Path root;

    @Test
    void defaults_setEveryKeyNeutrally() {
        EscrowConfig config = EscrowConfig.defaults();

        assertThat(config.settings()).hasSize(EscrowConfigKey.values().length);
        assertThat(config.integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(3);
        assertThat(config.flag(EscrowConfigKey.ELEVATE_STANDARD_USERS)).isFalse();
        assertThat(config.flag(EscrowConfigKey.SELF_SERVICE_EXIT_ZERO)).isFalse();
        assertThat(config.image(EscrowConfigKey.OVERLAY_PROMPT)).isEqualTo(new ImageRef.Builtin("caution"));
        assertThat(config.image(EscrowConfigKey.BANNER)).isInstanceOf(ImageRef.Fill.class);
        assertThat(config.colour(EscrowConfigKey.TITLE_COLOUR).toString()).isEqualTo("#FFFFFF");
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            if (key.type() == EscrowConfigKey.Type.IMAGE) {
                assertThat(config.image(key)).as(key.key()).isNotInstanceOf(ImageRef.FilePath.class);
            }
        }
    }

    @Test
    void defaults_areOurOwnNeutralWords() {
        String json = EscrowDefaults.text().toLowerCase(Locale.ROOT);

        assertThat(json).doesNotContain("giant").doesNotContain("eagle").doesNotContain("jamf server");
        assertThat(json).doesNotContain("good morning .");
    }

    @Test
    void typedAccess_toTheWrongType_isAProgrammingError() {
        EscrowConfig config = EscrowConfig.defaults();

        assertThatThrownBy(() -> config.integer(EscrowConfigKey.TITLE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.text(EscrowConfigKey.MAX_ATTEMPTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyImage_isNone() {
        EscrowConfig config = EscrowConfigLoader.load(
                        EscrowConfigSources.of(root, null, null, List.of("branding.overlayPrompt=")))
                .config();

        assertThat(config.image(EscrowConfigKey.OVERLAY_PROMPT).isNone()).isTrue();
    }

    @Test
    void toJson_roundTripsThroughAConfigFile() throws Exception {
        EscrowConfig custom = EscrowConfigLoader.load(EscrowConfigSources.of(
                        root, null, null, List.of("behaviour.maxAttempts=6", "support.contact=Desk \"42\"")))
                .config();
        Path file = root.resolve("exported.json");
        Files.writeString(file, custom.toJson());

        LoadedEscrowConfig reloaded = EscrowConfigLoader.load(EscrowConfigSources.of(root, file, null, null));

        assertThat(reloaded.problems()).isEmpty();
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            assertThat(reloaded.config().setting(key).value())
                    .as(key.key())
                    .isEqualTo(custom.setting(key).value());
        }
    }

    @Test
    void keys_haveUniqueNamesInKnownSections() {
        assertThat(List.of(EscrowConfigKey.values()))
                .extracting(EscrowConfigKey::key)
                .doesNotHaveDuplicates()
                .allMatch(k -> k.matches("(branding|support|texts|behaviour|paths)\\.[a-z][A-Za-z]+"));
        assertThat(EscrowConfigKey.find("Behaviour.MaxAttempts")).contains(EscrowConfigKey.MAX_ATTEMPTS);
        assertThat(EscrowConfigKey.find("nope")).isEmpty();
    }

    @Test
    void docs_configurationPageDocumentsEveryKey() throws Exception {
        String doc = Files.readString(Path.of("docs/configuration.md"));

        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            assertThat(doc).as(key.key()).contains("`" + key.key() + "`");
        }
    }
}
