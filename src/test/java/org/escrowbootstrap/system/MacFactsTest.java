package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.escrowbootstrap.system.ToolFailure.Kind;
import org.junit.jupiter.api.Test;

/** Naming and formatting of the machine facts. */
class MacFactsTest {

    @Test
    void osName_asSwiftDialogPrintsIt() {
        assertThat(MacFacts.osName("11.7.10")).isEqualTo("Big Sur");
        assertThat(MacFacts.osName("12.7")).isEqualTo("Monterey");
        assertThat(MacFacts.osName("13.6.1")).isEqualTo("Ventura");
        assertThat(MacFacts.osName("14.4")).isEqualTo("Sonoma");
        assertThat(MacFacts.osName("15.3.1")).isEqualTo("Sequoia");
        assertThat(MacFacts.osName("26.0")).isEqualTo("macOS 26");
        assertThat(MacFacts.osName("27")).isEqualTo("macOS 27");
    }

    @Test
    void osName_ofOlderMacOS_whichSwiftDialogNeverRanOn() {
        assertThat(MacFacts.osName("10.15.7")).isEqualTo("Catalina");
        assertThat(MacFacts.osName("10.14.6")).isEqualTo("Mojave");
        assertThat(MacFacts.osName("10.11")).isEqualTo("macOS 10");
    }

    @Test
    void memory_inWholeBinaryGigabytes() {
        assertThat(MacFacts.memorySize(38_654_705_664L)).isEqualTo("36 GB");
        assertThat(MacFacts.memorySize(8_589_934_592L)).isEqualTo("8 GB");
        assertThat(MacFacts.memorySize(536_870_912L)).isEqualTo("512 MB");
    }

    @Test
    void disk_inDecimalUnits_likeFinder() {
        assertThat(MacFacts.diskSize(298_765_432L * 1024)).isEqualTo("306 GB");
        assertThat(MacFacts.diskSize(2_000_000_000_000L)).isEqualTo("2.0 TB");
        assertThat(MacFacts.diskSize(500_000_000L)).isEqualTo("500 MB");
    }

    @Test
    void singleValue_isOnePrintableLine() {
        assertThat(MacFacts.singleValue("t", new ProcessOutput(0, "Apple M3 Pro\n", "", null))
                        .value())
                .isEqualTo("Apple M3 Pro");
        assertThat(CommandRunnerTest.failure(MacFacts.singleValue("t", new ProcessOutput(0, "\u0001\u0002", "", null)))
                        .kind())
                .isEqualTo(Kind.UNRECOGNISED_OUTPUT);
        assertThat(CommandRunnerTest.failure(MacFacts.singleValue("t", new ProcessOutput(0, " \n", "", null)))
                        .kind())
                .isEqualTo(Kind.NO_OUTPUT);
    }
}
