package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void noArguments_printsUsage_andExitsWithTheUsageCode() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.out()).startsWith("usage: escrow-bootstrap <mode>").contains("dialog", "escrow", "preview");
    }

    @Test
    void help_printsUsage_andExits0() {
        assertThat(CliRun.of("--help").exitCode()).isZero();
        assertThat(CliRun.of("--help").out()).contains("status [--ea]");
    }

    @Test
    void unknownMode_saysSoOnOneLine() {
        CliRun run = CliRun.of("escorw");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("escrow-bootstrap: unknown mode 'escorw' (try --help)\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void version_printsTheVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .matches(
                        "escrow-bootstrap (dev|\\d+\\.\\d+\\.\\d+\\S*) \\(dialog mode: swiftDialog 3\\.1\\.0\\.4989\\)\n");
    }

    @Test
    void everyModeHasHelp() {
        for (String mode : new String[] {"escrow", "preview", "status", "config"}) {
            CliRun run = CliRun.of(mode, "--help");

            assertThat(run.exitCode()).as(mode).isZero();
            assertThat(run.out()).as(mode).startsWith("usage: escrow-bootstrap " + mode);
        }
    }

    @Test
    void modeFlags_unknownOne_isAUsageErrorNamingIt() {
        CliRun run = CliRun.of("status", "--eaa");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("escrow-bootstrap status: unknown option --eaa (try status --help)\n");
    }
}
