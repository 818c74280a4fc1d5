package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** schema/escrow-config.schema.json: the defaults and the sample pass it, mistakes fail it, and it matches the key table. */
class EscrowConfigSchemaTest {

    private static final Path SCHEMA = Path.of("schema/escrow-config.schema.json");
    private static final Path SAMPLE = Path.of("docs/escrow-config.example.json");

    private static Set<ValidationMessage> validate(String json) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON);
    }

    private static JsonObject schemaTree() throws Exception {
        return JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject();
    }

    @Test
    void builtInDefaults_passTheSchema() throws Exception {
        assertThat(validate(EscrowDefaults.text())).isEmpty();
    }

    @Test
    void sample_passesTheSchema_andLoadsWithoutProblems() throws Exception {
        assertThat(validate(Files.readString(SAMPLE))).isEmpty();

        LoadedEscrowConfig loaded =
                EscrowConfigLoader.load(EscrowConfigSources.of(Path.of("/nonexistent-root"), SAMPLE, null, null));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config().text(EscrowConfigKey.SUPPORT_CONTACT))
                .isNotEqualTo(EscrowConfig.defaults().text(EscrowConfigKey.SUPPORT_CONTACT));
    }

    @Test
    void mistakes_failTheSchema() throws Exception {
        assertThat(validate("{\"branding\": {\"bannr\": \"x\"}}")).isNotEmpty();
        assertThat(validate("{\"behaviour\": {\"maxAttempts\": \"3\"}}")).isNotEmpty();
        assertThat(validate("{\"behaviour\": {\"maxAttempts\": 0}}")).isNotEmpty();
        assertThat(validate("{\"texts\": {\"buttonOk\": \"\"}}")).isNotEmpty();
        assertThat(validate("{\"paths\": {\"logFile\": \"relative.log\"}}")).isNotEmpty();
        assertThat(validate("{\"colours\": {}}")).isNotEmpty();
        assertThat(validate("{\"branding\": {\"titleColour\": \"#12345\"}}")).isNotEmpty();
    }

    @Test
    void languageTexts_passTheSchema_andMistakesInThemFail() throws Exception {
        assertThat(
                        validate(
                                "{\"languages\": {\"de\": {\"texts\": {\"buttonOk\": \"Ja\"}},"
                                        + " \"pt-BR\": {\"support\": {\"contact\": \"o suporte\"}, \"branding\": {\"title\": \"x\"}}}}"))
                .isEmpty();
        assertThat(validate("{\"texts\": {\"language\": \"de-CH\"}}")).isEmpty();
        assertThat(validate("{\"texts\": {\"language\": \"German\"}}")).isNotEmpty();
        assertThat(validate("{\"languages\": {\"german\": {\"texts\": {}}}}")).isNotEmpty();
        assertThat(validate("{\"languages\": {\"de\": {\"texts\": {\"buttonOk\": \"\"}}}}"))
                .isNotEmpty();
        assertThat(validate("{\"languages\": {\"de\": {\"texts\": {\"language\": \"fr\"}}}}"))
                .isNotEmpty();
        assertThat(validate("{\"languages\": {\"de\": {\"behaviour\": {\"maxAttempts\": 3}}}}"))
                .isNotEmpty();
    }

    @Test
    void schema_languageSection_offersExactlyTheTranslatableKeys() throws Exception {
        JsonObject perLanguage = schemaTree()
                .getAsJsonObject("properties")
                .getAsJsonObject(EscrowConfig.LANGUAGES_SECTION)
                .getAsJsonObject("patternProperties")
                .entrySet()
                .iterator()
                .next()
                .getValue()
                .getAsJsonObject()
                .getAsJsonObject("properties");
        Set<String> inSchema = new HashSet<>();
        for (String section : perLanguage.keySet()) {
            for (String leaf : perLanguage
                    .getAsJsonObject(section)
                    .getAsJsonObject("properties")
                    .keySet()) {
                inSchema.add(section + "." + leaf);
            }
        }
        Set<String> translatable = new HashSet<>();
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            if (key.translatable()) {
                translatable.add(key.key());
            }
        }
        assertThat(inSchema).isEqualTo(translatable);
    }

    @Test
    void builtInTranslations_passTheSchemaAsALanguagesSection() throws Exception {
        for (String language : BuiltInTranslationsTest.translations()) {
            String json = "{\"languages\": {\"" + language + "\": " + BuiltInTranslations.resourceText(language) + "}}";
            assertThat(validate(json)).as(language).isEmpty();
        }
    }

    @Test
    void schema_describesExactlyTheKeyTable_withTheBuiltInDefaults() throws Exception {
        JsonObject sections = schemaTree().getAsJsonObject("properties");
        Set<String> inSchema = new HashSet<>();
        for (String section : sections.keySet()) {
            if (section.equals("$schema") || section.equals(EscrowConfig.LANGUAGES_SECTION)) {
                continue;
            }
            for (String leaf : sections.getAsJsonObject(section)
                    .getAsJsonObject("properties")
                    .keySet()) {
                inSchema.add(section + "." + leaf);
            }
        }
        Set<String> inTable = new HashSet<>();
        EscrowConfig defaults = EscrowConfig.defaults();
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            inTable.add(key.key());
            JsonObject property = sections.getAsJsonObject(key.section())
                    .getAsJsonObject("properties")
                    .getAsJsonObject(key.leaf());
            assertThat(property).as(key.key()).isNotNull();
            assertThat(property.get("type").getAsString()).as(key.key()).isEqualTo(jsonType(key.type()));
            assertThat(property.get("description").getAsString()).as(key.key()).isEqualTo(key.meaning());
            if (key.type() == EscrowConfigKey.Type.INTEGER) {
                assertThat(property.get("minimum").getAsInt()).as(key.key()).isEqualTo(key.min());
                assertThat(property.get("maximum").getAsInt()).as(key.key()).isEqualTo(key.max());
            }
            assertThat(asJava(property.get("default")))
                    .as(key.key())
                    .isEqualTo(defaults.setting(key).value());
        }
        assertThat(inSchema).isEqualTo(inTable);
    }

    private static String jsonType(EscrowConfigKey.Type type) {
        return switch (type) {
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    private static Object asJava(JsonElement element) {
        if (element.getAsJsonPrimitive().isBoolean()) {
            return element.getAsBoolean();
        }
        if (element.getAsJsonPrimitive().isNumber()) {
            return element.getAsInt();
        }
        return element.getAsString();
    }
}
