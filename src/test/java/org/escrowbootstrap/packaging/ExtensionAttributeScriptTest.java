package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.system.FakeSysroot;
import org.escrowbootstrap.system.FakeSysroot.Mode;
import org.escrowbootstrap.system.FakeSysroot.StatusStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * packaging/jamf/escrow-bootstrap-ea.sh, standalone, against the fake Mac's {@code profiles} in every token state and
 * wording: always exactly one {@code <result>…</result>} line from the fixed vocabulary, exit 0, with or without the
 * app.
 */
class ExtensionAttributeScriptTest {

    private static final Path SCRIPT = Path.of("packaging/jamf/escrow-bootstrap-ea.sh");

    private final FakeSysroot mac = FakeSysroot.create();

    @AfterEach
    void removeTheMac() {
        mac.close();
    }

    private String attribute(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put(StandInApp.SYSROOT_VARIABLE, mac.root().toString());
        ScriptRun run = ScriptRun.of(List.of(SCRIPT.toAbsolutePath().toString()), environment, Duration.ofSeconds(120));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return run.stdout();
    }

    private String attribute() {
        return attribute(Map.of());
    }

    @Test
    void escrowed() {
        mac.escrowed(true);

        assertThat(attribute()).isEqualTo("<result>Escrowed</result>\n");
    }

    @Test
    void notEscrowed_askedOfProfilesItself() {
        mac.escrowed(false);

        assertThat(attribute()).isEqualTo("<result>Not escrowed</result>\n");
        assertThat(mac.calls("/usr/bin/profiles").get(0).args()).containsExactly("status", "-type", "bootstraptoken");
    }

    @Test
    void notSupportedByTheServer() {
        mac.serverSupportsEscrow(false);

        assertThat(attribute()).isEqualTo("<result>Not supported</result>\n");
    }

    @ParameterizedTest
    @CsvSource({
        "LOWERCASE, false, Not escrowed",
        "SPACING,   true,  Escrowed",
        "ON_SERVER, false, Not escrowed",
        "TWO_LINE,  false, Not supported",
        "MESSAGE,   false, Not supported"
    })
    void everyWordingOfProfiles_readsAsTheApp(StatusStyle style, boolean escrowed, String expected) {
        mac.statusStyle(style).escrowed(escrowed);
        if (style == StatusStyle.TWO_LINE || style == StatusStyle.MESSAGE) {
            mac.serverSupportsEscrow(false);
        }

        assertThat(attribute()).isEqualTo("<result>" + expected + "</result>\n");
    }

    @Test
    void garbageFromProfiles_isUnknown() {
        mac.mode("profiles-status", Mode.GARBAGE);

        assertThat(attribute()).isEqualTo("<result>Unknown</result>\n");
    }

    @Test
    void profilesFailing_isUnknown() {
        mac.mode("profiles", Mode.FAIL);

        assertThat(attribute()).isEqualTo("<result>Unknown</result>\n");
    }

    @Test
    void profilesHanging_isUnknown_onceTheLimitPasses() {
        mac.mode("profiles-status", Mode.HANG);

        assertThat(attribute(Map.of("ESCROW_BOOTSTRAP_EA_TIMEOUT", "2"))).isEqualTo("<result>Unknown</result>\n");
    }

    @Test
    void withoutTheApp_stillAnswers() {
        mac.escrowed(false);

        assertThat(attribute()).isEqualTo("<result>Not escrowed</result>\n");
    }

    @Test
    void withTheApp_andNoLeftoverMarker_startsNoJava() throws Exception {
        Path argv = Files.createTempFile("ea-app", ".argv");
        StandInApp.recorder(mac, argv, 0);

        assertThat(attribute()).isEqualTo("<result>Not escrowed</result>\n");
        assertThat(Files.size(argv)).as("the app was not started").isZero();
    }

    @Test
    void withTheApp_andALeftoverMarker_takesBackTheTemporaryAdmin() throws Exception {
        StandInApp.ourClasses(mac);
        mac.user("bob").admin(true);
        Path marker = mac.root().resolve("Library/Application Support/EscrowBootstrap/run/elevated-user");
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "bob\n");

        assertThat(attribute()).isEqualTo("<result>Not escrowed</result>\n");
        assertThat(mac.isAdmin("bob")).isFalse();
        assertThat(marker).doesNotExist();
    }
}
