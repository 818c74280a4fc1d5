package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.escrowbootstrap.cli.Cli;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.ManagedPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample configuration profile (packaging/profiles/org.escrowbootstrap.mobileconfig) and its bare preference
 * list: a well-formed managed-preferences profile for our domain whose settings are exactly keys of the config
 * schema, valid against it, and read by the escrow without a single problem.
 */
class ConfigurationProfileTest {

    private static final Path PROFILE = Path.of("packaging/profiles/org.escrowbootstrap.mobileconfig");
    private static final Path BARE_PLIST = Path.of("packaging/profiles/org.escrowbootstrap.plist");
    private static final Path SCHEMA = Path.of("schema/escrow-config.schema.json");

    @TempDir
    Path temp;

    private static NSDictionary profile() throws Exception {
        return (NSDictionary) PropertyListParser.parse(PROFILE.toFile());
    }

    private static NSDictionary payload() throws Exception {
        NSObject[] payloads = ((NSArray) profile().get("PayloadContent")).getArray();
        assertThat(payloads).hasSize(1);
        return (NSDictionary) payloads[0];
    }

    /** The dictionary macOS writes to /Library/Managed Preferences/org.escrowbootstrap.plist. */
    private static NSDictionary settings() throws Exception {
        NSDictionary domains = (NSDictionary) payload().get("PayloadContent");
        assertThat(domains.allKeys()).containsExactly(ManagedPreferences.DOMAIN);
        NSDictionary domain = (NSDictionary) domains.get(ManagedPreferences.DOMAIN);
        NSObject[] forced = ((NSArray) domain.get("Forced")).getArray();
        assertThat(forced).hasSize(1);
        return (NSDictionary) ((NSDictionary) forced[0]).get("mcx_preference_settings");
    }

    private static JsonObject schemaSections() throws Exception {
        return JsonParser.parseString(Files.readString(SCHEMA))
                .getAsJsonObject()
                .getAsJsonObject("properties");
    }

    /** The settings as the JSON config file would hold them (nested dictionaries as nested objects). */
    private static JsonObject asJson(NSDictionary settings) {
        JsonObject root = new JsonObject();
        for (Map.Entry<String, NSObject> section : settings.entrySet()) {
            JsonObject members = new JsonObject();
            for (Map.Entry<String, NSObject> member : ((NSDictionary) section.getValue()).entrySet()) {
                NSObject value = member.getValue();
                if (value instanceof NSDictionary nested) {
                    members.add(member.getKey(), asJson(nested));
                } else if (value instanceof NSNumber number && number.type() == NSNumber.INTEGER) {
                    members.addProperty(member.getKey(), number.longValue());
                } else if (value instanceof NSNumber number && number.type() == NSNumber.BOOLEAN) {
                    members.addProperty(member.getKey(), number.boolValue());
                } else {
                    members.addProperty(member.getKey(), ((NSString) value).getContent());
                }
            }
            root.add(section.getKey(), members);
        }
        return root;
    }

    @Test
    void isAConfigurationProfile_withOneManagedPreferencesPayloadForOurDomain() throws Exception {
        NSDictionary profile = profile();
        assertThat(profile.get("PayloadType").toJavaObject()).isEqualTo("Configuration");
        assertThat(profile.get("PayloadScope").toJavaObject()).isEqualTo("System");
        assertThat(payload().get("PayloadType").toJavaObject()).isEqualTo("com.apple.ManagedClient.preferences");
        assertThat(settings().count()).isPositive();

        Set<Object> uuids = new LinkedHashSet<>();
        Set<Object> identifiers = new LinkedHashSet<>();
        for (NSDictionary level : List.of(profile, payload())) {
            assertThat(level.get("PayloadVersion").toJavaObject()).isEqualTo(1);
            assertThat((String) level.get("PayloadUUID").toJavaObject())
                    .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
            uuids.add(level.get("PayloadUUID").toJavaObject());
            identifiers.add(level.get("PayloadIdentifier").toJavaObject());
        }
        assertThat(uuids).hasSize(2);
        assertThat(identifiers).hasSize(2);
    }

    @Test
    void setsEveryBrandingKey_andOnlyKeysOfTheSchema() throws Exception {
        JsonObject sections = schemaSections();
        NSDictionary settings = settings();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, NSObject> section : settings.entrySet()) {
            if (section.getKey().equals(EscrowConfig.LANGUAGES_SECTION)) {
                continue; // per-language texts: the schema check below covers them
            }
            JsonObject schemaSection = sections.getAsJsonObject(section.getKey());
            for (String key : ((NSDictionary) section.getValue()).allKeys()) {
                if (schemaSection == null
                        || !schemaSection.getAsJsonObject("properties").has(key)) {
                    unknown.add(section.getKey() + "." + key);
                }
            }
        }
        assertThat(unknown).isEmpty();

        Set<String> brandingKeys = sections.getAsJsonObject("branding")
                .getAsJsonObject("properties")
                .keySet();
        assertThat(((NSDictionary) settings.get("branding")).allKeys())
                .containsExactlyInAnyOrderElementsOf(brandingKeys);
    }

    @Test
    void settings_passTheConfigSchema() throws Exception {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);

        assertThat(schema.validate(asJson(settings()).toString(), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void barePreferenceList_holdsExactlyTheProfilesSettings() throws Exception {
        NSObject bare = PropertyListParser.parse(BARE_PLIST.toFile());

        assertThat(bare).isEqualTo(settings());
    }

    @Test
    void deliveredAsManagedPreferences_theEscrowReadsEveryValueWithoutAProblem() throws Exception {
        Path plist = ManagedPreferences.path(temp);
        Files.createDirectories(plist.getParent());
        Files.copy(BARE_PLIST, plist);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int code = Cli.run(
                new String[] {"config", "--print", "--sysroot", temp.toString()},
                new java.io.ByteArrayInputStream(new byte[0]),
                stdout,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));

        String report = stdout.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report + stderr).isZero();
        assertThat(report).doesNotContain("WARNING").doesNotContain("ERROR");
        NSDictionary settings = settings();
        for (Map.Entry<String, NSObject> language :
                ((NSDictionary) settings.get(EscrowConfig.LANGUAGES_SECTION)).entrySet()) {
            for (Map.Entry<String, NSObject> section : ((NSDictionary) language.getValue()).entrySet()) {
                for (String key : ((NSDictionary) section.getValue()).allKeys()) {
                    assertThat(report)
                            .containsPattern("(?m)^languages\\." + language.getKey() + "\\." + section.getKey() + "\\."
                                    + key + " +=.*# managed preferences ");
                }
            }
        }
        for (Map.Entry<String, NSObject> section : settings.entrySet()) {
            if (section.getKey().equals(EscrowConfig.LANGUAGES_SECTION)) {
                continue;
            }
            for (String key : ((NSDictionary) section.getValue()).allKeys()) {
                assertThat(report)
                        .as(section.getKey() + "." + key)
                        .containsPattern("(?m)^" + section.getKey() + "\\." + key + " +=.*# managed preferences ");
            }
        }
        assertThat(report).contains("branding.title                 = \"Example Corp IT\"");
    }
}
