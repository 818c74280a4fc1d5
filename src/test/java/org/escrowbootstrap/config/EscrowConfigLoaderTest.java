package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge of all sources, lowest to highest, with the source of every value and clear problems. */
class EscrowConfigLoaderTest {

    @TempDir
    Path root;

    private Path writeConfig(String name, String json) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    private void writeManagedPreferences(NSDictionary dictionary) throws Exception {
        Path plist = ManagedPreferences.path(root);
        Files.createDirectories(plist.getParent());
        PropertyListParser.saveAsXML(dictionary, plist.toFile());
    }

    private static JamfParameters jamf(String... values) {
        List<String> list = new ArrayList<>(List.of("/", "Avery's Mac", "avery"));
        list.addAll(List.of(values));
        return JamfParameters.of(list);
    }

    @Test
    void load_nothingButDefaults_hasNoProblemsAndEveryValueFromDefault() {
        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.under(root));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.config()).isEqualTo(EscrowConfig.defaults());
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            assertThat(loaded.config().source(key)).isEqualTo(new EscrowConfigSource.Defaults());
        }
    }

    @Test
    void load_eachLayerOverridesTheOneBelow() throws Exception {
        Path file = writeConfig(
                "cfg/escrow.json",
                "{\"support\": {\"contact\": \"file\"}, \"behaviour\": {\"maxAttempts\": 4, \"runRecon\": false,"
                        + " \"pollSeconds\": 20}, \"branding\": {\"title\": \"From the file\"}}");
        NSDictionary prefs = new NSDictionary();
        prefs.put("support.contact", "profile");
        prefs.put("behaviour.maxAttempts", 5);
        prefs.put("behaviour.pollSeconds", 30);
        writeManagedPreferences(prefs);
        JamfParameters jamf = jamf(file.toString(), "jamf", "", "", "6", "", "");

        LoadedEscrowConfig loaded =
                EscrowConfigLoader.load(EscrowConfigSources.of(root, null, jamf, List.of("behaviour.maxAttempts=7")));
        EscrowConfig config = loaded.config();

        assertThat(loaded.problems()).isEmpty();
        assertThat(config.text(EscrowConfigKey.TITLE)).isEqualTo("From the file");
        assertThat(config.source(EscrowConfigKey.TITLE)).isEqualTo(new EscrowConfigSource.ConfigFile(file));
        assertThat(config.flag(EscrowConfigKey.RUN_RECON)).isFalse();
        assertThat(config.integer(EscrowConfigKey.POLL_SECONDS)).isEqualTo(30);
        assertThat(config.source(EscrowConfigKey.POLL_SECONDS))
                .isEqualTo(new EscrowConfigSource.ManagedPreferences(ManagedPreferences.path(root)));
        assertThat(config.text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("jamf");
        assertThat(config.source(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo(new EscrowConfigSource.JamfParameter(5));
        assertThat(config.integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(7);
        assertThat(config.source(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(new EscrowConfigSource.CommandLine());
        assertThat(config.text(EscrowConfigKey.BUTTON_OK)).isEqualTo("OK");
        assertThat(config.source(EscrowConfigKey.BUTTON_OK)).isEqualTo(new EscrowConfigSource.Defaults());
    }

    @Test
    void load_badValueInAHigherLayer_keepsTheValueBelowAndSaysWhere() throws Exception {
        Path file = writeConfig("c.json", "{\"behaviour\": {\"maxAttempts\": 5}}");

        LoadedEscrowConfig loaded =
                EscrowConfigLoader.load(EscrowConfigSources.of(root, file, jamf("", "", "", "", "many"), List.of()));

        assertThat(loaded.config().integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(5);
        assertThat(loaded.problems())
                .singleElement()
                .hasToString("Jamf parameter $8: \"behaviour.maxAttempts\": must be a whole number from 1 to 10, got"
                        + " \"many\"; using 5 from config file " + file);
    }

    @Test
    void load_wrongTypeInTheFile_namesFileLineAndKey_andFallsBackToTheDefault() throws Exception {
        Path file = writeConfig(
                "c.json",
                "{\n  \"behaviour\": {\n    \"maxAttempts\": \"3\",\n"
                        + "    \"runRecon\": \"yes\"\n  },\n  \"branding\": {\"titleColour\": \"reddish\"}\n}\n");

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.of(root, file, null, null));

        assertThat(loaded.problems())
                .extracting(EscrowConfigProblem::toString)
                .containsExactly(
                        file + " line 3: \"behaviour.maxAttempts\": must be a whole number from 1 to 10, got \"3\";"
                                + " using 3 from default",
                        file + " line 4: \"behaviour.runRecon\": must be true or false, got \"yes\"; using true from"
                                + " default",
                        file + " line 6: \"branding.titleColour\": must be a colour, got \"reddish\"; using"
                                + " \"#FFFFFF\" from default");
        assertThat(loaded.hasErrors()).isFalse();
        assertThat(loaded.config().source(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(new EscrowConfigSource.Defaults());
    }

    @Test
    void load_unknownKey_warnsWithTheClosestKnownKeyAndItsLine() throws Exception {
        Path file = writeConfig("c.json", "{\n\"branding\": {\n\"bannerImage\": \"colour=red\",\n\"titel\": \"x\"}}");

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.of(root, file, null, null));

        assertThat(loaded.problems())
                .extracting(EscrowConfigProblem::toString)
                .containsExactly(
                        file + " line 3: \"branding.bannerImage\": unknown key (did you mean \"branding.banner\"?);"
                                + " ignored",
                        file + " line 4: \"branding.titel\": unknown key (did you mean \"branding.title\"?); ignored");
        assertThat(loaded.config()).isEqualTo(EscrowConfig.defaults());
    }

    @Test
    void load_missingImageFile_warnsAndKeepsTheDefault() throws Exception {
        Path file = writeConfig("c.json", "{\"branding\": {\"banner\": \"/nonexistent/banner.png\"}}");

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.of(root, file, null, null));

        assertThat(loaded.problems())
                .singleElement()
                .hasToString(file + " line 1: \"branding.banner\": names an image file that does not exist:"
                        + " /nonexistent/banner.png; using \"colour=#2E4A62\" from default");
    }

    @Test
    void load_relativeImagePath_isResolvedAgainstTheConfigFilesFolder() throws Exception {
        Path file = writeConfig("pkg/escrow.json", "{\"branding\": {\"icon\": \"images/logo.png\"}}");
        Files.createDirectories(root.resolve("pkg/images"));
        Files.write(root.resolve("pkg/images/logo.png"), new byte[] {1});

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.of(root, file, null, null));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config().text(EscrowConfigKey.ICON))
                .isEqualTo(root.resolve("pkg/images/logo.png").toString());
    }

    @Test
    void load_malformedFile_isALoudErrorButTheRestStillApplies() throws Exception {
        Path file = writeConfig("c.json", "{\"support\": {\"contact\": \"x\"");

        LoadedEscrowConfig loaded =
                EscrowConfigLoader.load(EscrowConfigSources.of(root, file, jamf("", "Service Desk"), List.of()));

        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(EscrowConfigProblem.Severity.ERROR);
            assertThat(p.location()).isEqualTo(file.toString());
            assertThat(p.message()).contains("line 1").contains("the whole file is ignored");
        });
        assertThat(loaded.config().text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("Service Desk");
        assertThat(loaded.config().text(EscrowConfigKey.TITLE)).isEqualTo("Bootstrap Token");
    }

    @Test
    void load_explicitFileMissing_isAnError_defaultFileMissing_isNot() {
        LoadedEscrowConfig explicit =
                EscrowConfigLoader.load(EscrowConfigSources.of(root, root.resolve("missing.json"), null, null));
        LoadedEscrowConfig implicit = EscrowConfigLoader.load(EscrowConfigSources.under(root));

        assertThat(explicit.hasErrors()).isTrue();
        assertThat(explicit.problems().get(0).message()).startsWith("config file not found");
        assertThat(implicit.problems()).isEmpty();
        assertThat(implicit.consulted()).anyMatch(s -> s.endsWith("(absent, not required)"));
    }

    @Test
    void load_defaultConfigFileUnderTheRoot_isReadWhenPresent() throws Exception {
        writeConfig(EscrowConfigSources.DEFAULT_CONFIG_FILE, "{\"support\": {\"contact\": \"default file\"}}");

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.under(root));

        assertThat(loaded.config().text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("default file");
    }

    @Test
    void load_commandLineFileWinsOverJamfsFile() throws Exception {
        Path fromJamf = writeConfig("jamf.json", "{\"support\": {\"contact\": \"jamf file\"}}");
        Path fromCli = writeConfig("cli.json", "{\"support\": {\"contact\": \"cli file\"}}");

        LoadedEscrowConfig loaded =
                EscrowConfigLoader.load(EscrowConfigSources.of(root, fromCli, jamf(fromJamf.toString()), List.of()));

        assertThat(loaded.config().text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("cli file");
    }

    @Test
    void load_commandLineOverride_withoutEquals_warns() {
        LoadedEscrowConfig loaded =
                EscrowConfigLoader.load(EscrowConfigSources.of(root, null, null, List.of("behaviour.runRecon")));

        assertThat(loaded.problems())
                .singleElement()
                .hasToString("command line: \"behaviour.runRecon\" is not key=value; ignored");
    }

    @Test
    void load_commandLineKeys_ignoreCase() {
        LoadedEscrowConfig loaded =
                EscrowConfigLoader.load(EscrowConfigSources.of(root, null, null, List.of("BEHAVIOUR.MAXATTEMPTS=2")));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.config().integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(2);
    }

    @Test
    void provenanceReport_showsEveryValueWithItsSourceAndTheProblems() throws Exception {
        Path file = writeConfig("c.json", "{\n\"support\": {\n\"contact\": \"file desk\"}}");

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.of(
                root, file, jamf("", "", "colour=#112233"), List.of("behaviour.maxAttempts=4", "nonsense=1")));
        String report = loaded.provenanceReport();

        assertThat(report)
                .startsWith("# Escrow Bootstrap configuration\n# Sources, lowest precedence first:\n"
                        + "#   built-in defaults\n#   config file " + file + "\n")
                .containsPattern(line("support.contact", "\"file desk\"", "config file " + file + " line 3"))
                .containsPattern(line("branding.banner", "\"colour=#112233\"", "Jamf parameter $6"))
                .containsPattern(line("behaviour.maxAttempts", "4", "command line"))
                .containsPattern(line("behaviour.runRecon", "true", "default"))
                .contains("# Problems (none of them stops the escrow):\n# WARNING command line: \"nonsense\": unknown"
                        + " key; ignored\n");
        for (EscrowConfigKey key : EscrowConfigKey.values()) {
            assertThat(report).contains("\n" + key.key() + " ");
        }
    }

    private static String line(String key, String value, String source) {
        return "\n" + Pattern.quote(key) + " += " + Pattern.quote(value) + " +# " + Pattern.quote(source) + "\n";
    }

    @Test
    void provenanceReport_withoutProblems_saysSo() {
        assertThat(EscrowConfigLoader.load(EscrowConfigSources.under(root)).provenanceReport())
                .endsWith("# No problems.\n");
    }

    @Test
    void defaultsJson_isTheShippedResource() {
        assertThat(EscrowConfigLoader.defaultsJson()).startsWith("{\n  \"branding\": {");
    }
}
