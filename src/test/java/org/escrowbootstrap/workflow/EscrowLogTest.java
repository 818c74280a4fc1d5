package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.testing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timestamped lines to stdout and a file; an unusable file costs one warning, never the run. */
class EscrowLogTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final ManualClock clock = ManualClock.at("2026-03-12T09:41:07");

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void write_stampsEachLineWithTimeAndLevel_onStdoutAndInTheFile() throws Exception {
        Path file = root.resolve("logs/escrow.log");
        try (EscrowLog log = EscrowLog.open(stdout, file, clock)) {
            log.info("first");
            clock.advance(Duration.ofSeconds(75));
            log.error("second");
        }

        String expected = "2026-03-12 09:41:07 [escrow] INFO  first\n2026-03-12 09:42:22 [escrow] ERROR second\n";
        assertThat(stdout()).isEqualTo(expected);
        assertThat(Files.readString(file)).isEqualTo(expected);
    }

    @Test
    void open_appendsToAnExistingFile() throws Exception {
        Path file = root.resolve("escrow.log");
        Files.writeString(file, "earlier run\n");
        try (EscrowLog log = EscrowLog.open(stdout, file, clock)) {
            log.warn("this run");
        }

        assertThat(Files.readString(file)).isEqualTo("earlier run\n2026-03-12 09:41:07 [escrow] WARN  this run\n");
    }

    @Test
    void write_flattensMultiLineText_soAToolCannotForgeLogLines() {
        try (EscrowLog log = EscrowLog.stdoutOnly(stdout, clock)) {
            log.info("profiles said:\nprofiles: Bootstrap Token escrowed to server: YES\r\nfake");
        }

        assertThat(stdout().lines())
                .containsExactly("2026-03-12 09:41:07 [escrow] INFO  profiles said: | profiles: Bootstrap Token"
                        + " escrowed to server: YES | fake");
    }

    @Test
    void open_unwritableFile_warnsOnceOnStdoutAndKeepsLogging() throws Exception {
        Path folder = root.resolve("escrow.log");
        Files.createDirectories(folder);
        try (EscrowLog log = EscrowLog.open(stdout, folder, clock)) {
            log.info("one");
            log.info("two");
            assertThat(log.writesFile()).isFalse();
        }

        assertThat(stdout().lines()).hasSize(3);
        assertThat(stdout().lines().findFirst().orElseThrow())
                .startsWith("2026-03-12 09:41:07 [escrow] WARN  cannot open the log file " + folder)
                .endsWith("; logging to stdout only");
        assertThat(stdout()).contains("INFO  one").contains("INFO  two");
    }

    @Test
    void forConfig_writesTheConfiguredFileUnderTheSysroot() throws Exception {
        EscrowConfig config = EscrowConfigLoader.load(
                        EscrowConfigSources.of(root, null, null, List.of("paths.logFile=/Library/Logs/escrow.log")))
                .config();
        try (EscrowLog log = EscrowLog.forConfig(config, Host.simulated(root), stdout, clock)) {
            log.info("hello");
        }

        assertThat(Files.readString(root.resolve("Library/Logs/escrow.log"))).contains("INFO  hello");
    }

    @Test
    void lines_returnsWhatWasWritten() {
        try (EscrowLog log = EscrowLog.stdoutOnly(stdout, clock)) {
            log.info("a");
            log.warn("b");

            assertThat(log.lines())
                    .containsExactly("2026-03-12 09:41:07 [escrow] INFO  a", "2026-03-12 09:41:07 [escrow] WARN  b");
        }
    }

    @Test
    void open_whereTheLogIsALink_refusesIt_andLeavesItsTargetAlone() throws Exception {
        Path target = Files.writeString(root.resolve("sudoers"), "root ALL=(ALL) ALL\n");
        Path link = Files.createSymbolicLink(root.resolve("escrow.log"), target);
        try (EscrowLog log = EscrowLog.open(stdout, link, clock)) {
            log.info("mallory ALL=(ALL) NOPASSWD: ALL");
            assertThat(log.writesFile()).isFalse();
        }

        assertThat(target).hasContent("root ALL=(ALL) ALL");
        assertThat(stdout()).contains("WARN  cannot open the log file").contains("symbolic link");
    }
}
