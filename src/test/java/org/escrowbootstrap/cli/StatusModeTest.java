package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.escrowbootstrap.system.FakeSysroot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusModeTest {

    private final FakeSysroot mac = FakeSysroot.create();

    @AfterEach
    void removeSysroot() {
        mac.close();
    }

    private CliRun status(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "status";
        args[1] = "--sysroot";
        args[2] = mac.root().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    @Test
    void escrowed_isWord0() {
        mac.escrowed(true);

        assertThat(status()).isEqualTo(new CliRun(0, "Escrowed\n", ""));
        assertThat(status("--ea")).isEqualTo(new CliRun(0, "<result>Escrowed</result>\n", ""));
    }

    @Test
    void notEscrowed_isExit1_butTheAttributeExits0() {
        mac.escrowed(false);

        assertThat(status()).isEqualTo(new CliRun(1, "Not escrowed\n", ""));
        assertThat(status("--ea")).isEqualTo(new CliRun(0, "<result>Not escrowed</result>\n", ""));
    }

    @Test
    void serverWithoutSupport_isNotSupported() {
        mac.serverSupportsEscrow(false);

        assertThat(status()).isEqualTo(new CliRun(2, "Not supported\n", ""));
        assertThat(status("--ea").out()).isEqualTo("<result>Not supported</result>\n");
    }

    @Test
    void garbage_isUnknown_withTheToolsTextOnStderr() {
        mac.mode("profiles-status", FakeSysroot.Mode.GARBAGE);

        CliRun run = status();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("Unknown\n");
        assertThat(run.err()).startsWith("escrow-bootstrap status: ");
        assertThat(status("--ea").out()).isEqualTo("<result>Unknown</result>\n");
    }

    @Test
    void missingTool_isUnknown_namingTheTool() {
        mac.removeTool("/usr/bin/profiles");

        CliRun run = status();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("Unknown\n");
        assertThat(run.err()).contains("/usr/bin/profiles is missing");
        assertThat(status("--ea")).isEqualTo(new CliRun(0, "<result>Unknown</result>\n", ""));
    }
}
