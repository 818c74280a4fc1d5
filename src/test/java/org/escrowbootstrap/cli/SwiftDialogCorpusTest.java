package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every invocation of the swiftDialog corpus (real scripts' arguments, see {@link CorpusEntry}) through the
 * {@code dialog} mode with {@code --screenshot}, and writes {@code target/corpus-report.md}; the PNGs land in
 * {@code target/corpus/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwiftDialogCorpusTest {

    /**
     * Entries that render with every option supported, as of this commit. Raise it when a feature lands; a drop means
     * something that scripts use broke.
     */
    private static final int FULLY_SUPPORTED_AT_LEAST = 72;

    private static final Path PNGS = Path.of("target/corpus");

    private final Map<CorpusEntry, CorpusVerdict> results = new LinkedHashMap<>();

    @TempDir
    static Path commandFiles;

    @BeforeAll
    void replayEveryEntry() throws Exception {
        Files.createDirectories(PNGS);
        for (CorpusEntry entry : CorpusEntry.all()) {
            Path png = PNGS.resolve(entry.name() + ".png");
            Files.deleteIfExists(png);
            List<String> args = new ArrayList<>(List.of("dialog", "--screenshot", png.toString()));
            args.addAll(entry.replayArgs(commandFiles));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            results.put(entry, CorpusVerdict.of(run, Files.isRegularFile(png) && Files.size(png) > 0));
        }
        Files.writeString(Path.of("target/corpus-report.md"), CorpusReport.markdown(results), StandardCharsets.UTF_8);
    }

    @Test
    void corpus_holdsAtLeastSixtyInvocationsFromFifteenRepositories() {
        assertThat(results).hasSizeGreaterThanOrEqualTo(60);
        assertThat(results.keySet().stream().map(CorpusEntry::repo).distinct()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(results.keySet()).allSatisfy(entry -> {
            assertThat(entry.header()).containsKeys("source", "repo", "path", "commit", "substituted");
            assertThat(entry.args()).isNotEmpty();
        });
    }

    @Test
    void everyEntry_rendersWithoutCrashing() {
        assertThat(results.entrySet())
                .filteredOn(result -> result.getValue().outcome() == CorpusVerdict.Outcome.FAILED)
                .extracting(result ->
                        result.getKey().name() + ": " + result.getValue().failure())
                .isEmpty();
    }

    @Test
    void entriesWithEveryOptionSupported_doNotDrop() {
        long fullySupported = results.values().stream()
                .filter(verdict -> verdict.outcome() == CorpusVerdict.Outcome.ALL_SUPPORTED)
                .count();
        assertThat(fullySupported).isGreaterThanOrEqualTo(FULLY_SUPPORTED_AT_LEAST);
    }
}
