package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigModeTest {

    @TempDir
    Path root;

    @Test
    void print_namesTheSourceOfEachValue() {
        CliRun run = CliRun.of(
                "config",
                "--print",
                "--sysroot",
                root.toString(),
                "--set",
                "behaviour.maxAttempts=5",
                "/",
                "mac",
                "avery",
                "",
                "help@example.org");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("behaviour\\.maxAttempts.*5.*command line")
                .containsPattern("support\\.contact.*help@example\\.org.*\\$5");
    }

    @Test
    void print_json_isTheMergedValues() {
        CliRun run =
                CliRun.of("config", "--print", "--json", "--sysroot", root.toString(), "--set", "support.contact=x");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"contact\": \"x\"");
    }

    @Test
    void print_withABrokenConfigFile_exits1_andNamesLineAndColumn() throws Exception {
        Path file = root.resolve("broken.json");
        Files.writeString(file, "{\n  \"branding\": {\n    \"title\": \"x\",,\n  }\n}\n");

        CliRun run = CliRun.of("config", "--print", "--sysroot", root.toString(), "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file.toString()).containsPattern("line 3");
        assertThat(run.err()).contains("has errors");
    }

    @Test
    void sample_printsTheBuiltInDefaults() {
        CliRun run = CliRun.of("config", "--sample");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"maxAttempts\": 3");
    }

    @Test
    void withoutAnAction_printsHelp_andIsAUsageError() {
        CliRun run = CliRun.of("config");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.out()).startsWith("usage: escrow-bootstrap config");
    }

    @Test
    void print_withElevationOn_saysItsResidualRiskPlainly_andOnlyThen() {
        CliRun on = CliRun.of(
                "config", "--print", "--sysroot", root.toString(), "--set", "behaviour.elevateStandardUsers=true");
        CliRun off = CliRun.of("config", "--print", "--sysroot", root.toString());

        assertThat(on.out())
                .contains("# Note: behaviour.elevateStandardUsers is on.")
                .contains("could use sudo to make themselves root for good");
        assertThat(off.out()).doesNotContain("could use sudo");
    }
}
