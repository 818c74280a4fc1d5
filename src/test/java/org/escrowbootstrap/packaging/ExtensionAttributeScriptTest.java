package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.system.FakeSysroot;
import org.escrowbootstrap.system.FakeSysroot.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * packaging/jamf/escrow-bootstrap-ea.sh in every token state of the fake Mac: always exactly one
 * {@code <result>…</result>} line from the fixed vocabulary, exit 0.
 */
class ExtensionAttributeScriptTest {

    private static final Path SCRIPT = Path.of("packaging/jamf/escrow-bootstrap-ea.sh");

    private final FakeSysroot mac = FakeSysroot.create();

    @AfterEach
    void removeTheMac() {
        mac.close();
    }

    private String attribute() {
        ScriptRun run = ScriptRun.of(
                List.of(SCRIPT.toAbsolutePath().toString()),
                Map.of(StandInApp.SYSROOT_VARIABLE, mac.root().toString()),
                Duration.ofSeconds(120));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return run.stdout();
    }

    @Test
    void escrowed() {
        StandInApp.ourClasses(mac);
        mac.escrowed(true);

        assertThat(attribute()).isEqualTo("<result>Escrowed</result>\n");
    }

    @Test
    void notEscrowed() {
        StandInApp.ourClasses(mac);
        mac.escrowed(false);

        assertThat(attribute()).isEqualTo("<result>Not escrowed</result>\n");
        assertThat(mac.calls("/usr/bin/profiles").get(0).args()).containsExactly("status", "-type", "bootstraptoken");
    }

    @Test
    void notSupportedByTheServer() {
        StandInApp.ourClasses(mac);
        mac.serverSupportsEscrow(false);

        assertThat(attribute()).isEqualTo("<result>Not supported</result>\n");
    }

    @Test
    void garbageFromProfiles_isUnknown() {
        StandInApp.ourClasses(mac);
        mac.mode("profiles-status", Mode.GARBAGE);

        assertThat(attribute()).isEqualTo("<result>Unknown</result>\n");
    }

    @Test
    void profilesFailing_isUnknown() {
        StandInApp.ourClasses(mac);
        mac.mode("profiles", Mode.FAIL);

        assertThat(attribute()).isEqualTo("<result>Unknown</result>\n");
    }

    @Test
    void appMissing_isNotInstalled() {
        assertThat(attribute()).isEqualTo("<result>Not installed</result>\n");
        assertThat(mac.calls()).isEmpty();
    }

    @Test
    void appThatCannotStart_isUnknown_inOneLine() {
        StandInApp.broken(mac);

        assertThat(attribute()).isEqualTo("<result>Unknown</result>\n");
    }
}
