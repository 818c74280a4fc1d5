package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSArray;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration profile's plist, binary or XML, nested or dotted, with the profile's own keys left out. */
class ManagedPreferencesTest {

    @TempDir
    Path root;

    private Path plist() throws Exception {
        Path file = ManagedPreferences.path(root);
        Files.createDirectories(file.getParent());
        return file;
    }

    private static NSDictionary sample() {
        NSDictionary branding = new NSDictionary();
        branding.put("title", "Profile title");
        NSDictionary behaviour = new NSDictionary();
        behaviour.put("maxAttempts", 4);
        behaviour.put("elevateStandardUsers", true);
        NSDictionary root = new NSDictionary();
        root.put("branding", branding);
        root.put("behaviour", behaviour);
        root.put("support.contact", "Profile desk");
        root.put("PayloadUUID", "5C8E3B3A-0000-4000-8000-000000000000");
        return root;
    }

    private EscrowConfig merged() {
        return EscrowConfigLoader.load(EscrowConfigSources.under(root)).config();
    }

    @Test
    void path_isTheDomainUnderLibraryManagedPreferences() {
        assertThat(ManagedPreferences.path(Path.of("/")))
                .isEqualTo(Path.of("/Library/Managed Preferences/org.escrowbootstrap.plist"));
    }

    @Test
    void read_xmlPlist_nestedAndDottedKeys() throws Exception {
        PropertyListParser.saveAsXML(sample(), plist().toFile());

        EscrowConfig config = merged();

        assertThat(config.text(EscrowConfigKey.TITLE)).isEqualTo("Profile title");
        assertThat(config.integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(4);
        assertThat(config.flag(EscrowConfigKey.ELEVATE_STANDARD_USERS)).isTrue();
        assertThat(config.text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("Profile desk");
        assertThat(config.source(EscrowConfigKey.TITLE)).isEqualTo(new EscrowConfigSource.ManagedPreferences(plist()));
    }

    @Test
    void read_aRelativeImagePath_isTheProfilesFolders_notTheWorkingDirectorys() throws Exception {
        Path logo = Files.writeString(plist().getParent().resolve("logo.png"), "not really a png");
        NSDictionary root = new NSDictionary();
        root.put("branding.icon", "logo.png");
        PropertyListParser.saveAsXML(root, plist().toFile());

        EscrowConfig config = merged();

        assertThat(config.text(EscrowConfigKey.ICON)).isEqualTo(logo.toString());
    }

    @Test
    void read_binaryPlist_sameAsXml() throws Exception {
        PropertyListParser.saveAsBinary(sample(), plist().toFile());
        assertThat(Files.readAllBytes(plist())).startsWith("bplist00".getBytes());

        EscrowConfig config = merged();

        assertThat(config.text(EscrowConfigKey.TITLE)).isEqualTo("Profile title");
        assertThat(config.integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(4);
        assertThat(config.flag(EscrowConfigKey.ELEVATE_STANDARD_USERS)).isTrue();
    }

    @Test
    void read_payloadKeys_areNotReportedAsUnknown() throws Exception {
        PropertyListParser.saveAsXML(sample(), plist().toFile());

        assertThat(ManagedPreferences.read(plist()).problems()).isEmpty();
        assertThat(EscrowConfigLoader.load(EscrowConfigSources.under(root)).problems())
                .isEmpty();
    }

    @Test
    void read_numbersAndBooleansAsStrings_areAccepted() throws Exception {
        NSDictionary dict = new NSDictionary();
        dict.put("behaviour.maxAttempts", new NSString("6"));
        dict.put("behaviour.runRecon", new NSString("false"));
        PropertyListParser.saveAsXML(dict, plist().toFile());

        EscrowConfig config = merged();

        assertThat(config.integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(6);
        assertThat(config.flag(EscrowConfigKey.RUN_RECON)).isFalse();
    }

    @Test
    void read_wrongTypesAndUnknownKeys_warnAndFallBack() throws Exception {
        NSDictionary dict = new NSDictionary();
        dict.put("behaviour.maxAttempts", new NSDate(new Date(0)));
        dict.put("support.contact", new NSArray(new NSString("a")));
        dict.put("brand", new NSDictionary());
        PropertyListParser.saveAsXML(dict, plist().toFile());
        String name = plist().toString();

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.under(root));

        assertThat(loaded.problems())
                .extracting(EscrowConfigProblem::toString)
                .containsExactlyInAnyOrder(
                        name + ": \"behaviour.maxAttempts\": must be a whole number from 1 to 10, got a date; using 3"
                                + " from default",
                        name + ": \"support.contact\": must be a non-empty text, got an array; using \"your IT"
                                + " support team\" from default",
                        name + ": \"brand\": unknown section (did you mean \"branding\"?); ignored");
        assertThat(loaded.config()).isEqualTo(EscrowConfig.defaults());
    }

    @Test
    void read_damagedPlist_isAnErrorAndChangesNothing() throws Exception {
        Files.writeString(plist(), "<?xml version=\"1.0\"?><plist><dict><key>a</key>");

        LoadedEscrowConfig loaded = EscrowConfigLoader.load(EscrowConfigSources.under(root));

        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.problems().get(0).location()).isEqualTo(plist() + " line 1");
        assertThat(loaded.problems().get(0).message())
                .startsWith("not a readable property list (")
                .endsWith("the escrow goes on with the other sources");
        assertThat(loaded.config()).isEqualTo(EscrowConfig.defaults());
    }

    @Test
    void read_plistThatIsNotADictionary_isAnError() throws Exception {
        PropertyListParser.saveAsXML(new NSArray(new NSString("x")), plist().toFile());

        assertThat(ManagedPreferences.read(plist()).problems())
                .singleElement()
                .extracting(EscrowConfigProblem::message)
                .isEqualTo("the property list must hold a dictionary; ignored");
    }

    @Test
    void read_noProfileInstalled_isNoProblem() {
        assertThat(ManagedPreferences.read(root.resolve("none.plist"))).isEqualTo(EscrowConfigLayer.empty());
    }
}
