package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's AppleLanguages, read as root from a file the user controls: anything odd is "no preference". */
class PreferredLanguagesTest {

    @TempDir
    Path dir;

    private Path binaryPlist(String name, NSDictionary dictionary) throws Exception {
        Path file = dir.resolve(name);
        PropertyListParser.saveAsBinary(dictionary, file.toFile());
        return file;
    }

    private static NSDictionary languages(String... tags) {
        NSDictionary d = new NSDictionary();
        NSString[] items = new NSString[tags.length];
        for (int i = 0; i < tags.length; i++) {
            items[i] = new NSString(tags[i]);
        }
        d.put("AppleLanguages", new NSArray(items));
        return d;
    }

    @Test
    void fakeMac_alicePrefersAmericanEnglish() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            assertThat(new RealMac(mac.root(), Timeouts.defaults(), null).preferredLanguages("alice"))
                    .containsExactly("en-US");
        }
    }

    @Test
    void userLanguages_inTheirOrder() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.user("alice").languages("de-CH", "fr-CH", "en-GB");

            assertThat(new RealMac(mac.root(), Timeouts.defaults(), null).preferredLanguages("alice"))
                    .containsExactly("de-CH", "fr-CH", "en-GB");
        }
    }

    @Test
    void userWithoutPreferences_getsTheComputersLanguages() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.user("alice").languages();
            mac.systemLanguages("ja-JP");

            assertThat(new RealMac(mac.root(), Timeouts.defaults(), null).preferredLanguages("alice"))
                    .containsExactly("ja-JP");
        }
    }

    @Test
    void unknownUser_fallsBackToTheComputer_andNothingIsEmpty() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.systemLanguages();

            assertThat(new RealMac(mac.root(), Timeouts.defaults(), null).preferredLanguages("nobody"))
                    .isEmpty();
        }
    }

    @Test
    void linkAtTheFilesName_isNotFollowed() throws Exception {
        Path target = binaryPlist("elsewhere.plist", languages("fr"));
        Path link = dir.resolve(".GlobalPreferences.plist");
        Files.createSymbolicLink(link, target);

        assertThat(PreferredLanguages.read(link, Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void fifoAtTheFilesName_isGivenUpAfterTheDeadline() throws Exception {
        Path fifo = dir.resolve("fifo.plist");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();

        assertThat(PreferredLanguages.read(fifo, Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void xmlOrGarbageOrHugeFiles_areNoPreference() throws Exception {
        Path xml = dir.resolve("xml.plist");
        PropertyListParser.saveAsXML(languages("de"), xml.toFile());
        Path garbage = dir.resolve("garbage.plist");
        Files.write(
                garbage, "bplist00\u0000\u00ff\u00ff garbage".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path huge = dir.resolve("huge.plist");
        Files.write(huge, new byte[PreferredLanguages.MAX_BYTES + 1]);

        for (Path file : List.of(xml, garbage, huge, dir.resolve("missing.plist"))) {
            assertThat(PreferredLanguages.read(file, Duration.ofSeconds(5)))
                    .as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void onlyWellFormedTags_comeOut_andAtMostTwenty() throws Exception {
        String[] many = new String[30];
        java.util.Arrays.fill(many, "fi");
        Path odd = binaryPlist(
                "odd.plist", languages("de", "../../etc/passwd", "", "x-very-long-nonsense-value-here", "pt_BR"));
        Path lots = binaryPlist("lots.plist", languages(many));

        assertThat(PreferredLanguages.read(odd, Duration.ofSeconds(5))).containsExactly("de", "pt_BR");
        assertThat(PreferredLanguages.read(lots, Duration.ofSeconds(5))).hasSize(PreferredLanguages.MAX_LANGUAGES);
    }

    @Test
    void homeOutsideTheRoot_isNotRead() throws Exception {
        Path root = dir.resolve("root");
        Files.createDirectories(root);
        Path outside = dir.resolve("Library/Preferences");
        Files.createDirectories(outside);
        PropertyListParser.saveAsBinary(
                languages("ko"), outside.resolve(".GlobalPreferences.plist").toFile());

        assertThat(PreferredLanguages.of(root, "/../")).isEmpty();
        assertThat(PreferredLanguages.of(root, "relative/home")).isEmpty();
    }
}
