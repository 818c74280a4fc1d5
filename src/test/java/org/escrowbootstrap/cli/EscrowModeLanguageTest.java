package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.escrowbootstrap.system.FakeSysroot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The escrow's screens speak the console user's language, unless --language or texts.language says otherwise. */
class EscrowModeLanguageTest {

    @TempDir
    Path dir;

    /** An escrow that ends without a window (already escrowed, not shown), so only its log is looked at. */
    private static CliRun escrow(FakeSysroot mac, String... flags) {
        mac.escrowed(true);
        String[] argv = new String[flags.length + 7];
        argv[0] = "escrow";
        argv[1] = "--sysroot";
        argv[2] = mac.root().toString();
        argv[3] = "--set";
        argv[4] = "behaviour.showAlreadyEscrowed=false";
        argv[5] = "--set";
        argv[6] = "behaviour.runRecon=false";
        System.arraycopy(flags, 0, argv, 7, flags.length);
        return CliRun.of(argv);
    }

    @Test
    void consoleUsersPreferredLanguages_chooseTheScreensLanguage() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.user("alice").languages("de-CH", "en-US");

            CliRun run = escrow(mac);

            assertThat(run.out()).contains("language: de (the user's preferred languages: de-CH, en-US)");
        }
    }

    @Test
    void languageFlag_winsOverTheUser() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.user("alice").languages("de-CH");

            CliRun run = escrow(mac, "--language", "ja");

            assertThat(run.out()).contains("language: ja (--language ja)");
        }
    }

    @Test
    void userWithAnUnavailableLanguage_getsEnglishAndOneWarning() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.user("alice").languages("uk-UA");

            CliRun run = escrow(mac);

            assertThat(run.out()).contains("language: en (none of the user's preferred languages is available)");
            assertThat(run.out().lines().filter(l -> l.contains("WARN") && l.contains("uk-UA")))
                    .hasSize(1);
        }
    }
}
