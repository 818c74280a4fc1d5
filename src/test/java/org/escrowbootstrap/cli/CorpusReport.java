package org.escrowbootstrap.cli;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** The corpus replay's result as Markdown: the counts, a tally per unsupported option, and one row per entry. */
final class CorpusReport {

    private static final String TALLY_HEAD = "| %s | Entries | Which |\n|---|---|---|\n";

    private CorpusReport() {}

    static String markdown(Map<CorpusEntry, CorpusVerdict> results) {
        StringBuilder md = new StringBuilder("# swiftDialog corpus replay\n\n");
        long repos = results.keySet().stream().map(CorpusEntry::repo).distinct().count();
        md.append(results.size()).append(" invocations from ").append(repos);
        md.append(" repositories, each rendered with `dialog --screenshot`.\n\n| Outcome | Entries |\n|---|---|\n");
        for (CorpusVerdict.Outcome outcome : CorpusVerdict.Outcome.values()) {
            long count = results.values().stream()
                    .filter(v -> v.outcome() == outcome)
                    .count();
            md.append("| ").append(outcome.label).append(" | ").append(count);
            md.append(String.format(" (%.0f %%)", 100.0 * count / results.size()))
                    .append(" |\n");
        }
        long generic = results.keySet().stream()
                .filter(entry -> !CorpusSymbols.missing(entry).isEmpty())
                .count();
        md.append('\n').append(generic).append(" entries name an SF Symbol we do not draw as itself: the nearest");
        md.append(" family we draw stands in, or the generic glyph (a value, not an option, so not counted above).\n");

        md.append("\n## Not supported, by option\n\n").append(String.format(TALLY_HEAD, "Option"));
        tally(md, results, entry -> results.get(entry).unsupported());
        md.append("\n## SF Symbols not drawn as themselves (and what stands in)\n\n");
        md.append(String.format(TALLY_HEAD, "Symbol"));
        tally(md, results, CorpusSymbols::missing);
        md.append("\n## Not swiftDialog options (typos both ignore; macOS settings AppKit applies on a Mac)\n\n");
        md.append(String.format(TALLY_HEAD, "Option"));
        tally(md, results, entry -> results.get(entry).unknown());

        md.append("\n## Entries\n\n| Entry | Repository | Kind | Outcome | Not supported | Symbols standing in");
        md.append(" | Other warnings |\n|---|---|---|---|---|---|---|\n");
        results.forEach((entry, verdict) -> {
            String notes = verdict.failure().isEmpty() ? String.join("; ", verdict.notes()) : verdict.failure();
            md.append("| ")
                    .append(entry.name())
                    .append(" | ")
                    .append(entry.repo())
                    .append(" | ");
            md.append(entry.header().getOrDefault("kind", "")).append(" | ").append(verdict.outcome().label);
            md.append(" | ").append(String.join(", ", verdict.unsupported())).append(" | ");
            md.append(String.join(", ", CorpusSymbols.missing(entry)))
                    .append(" | ")
                    .append(cell(notes));
            md.append(" |\n");
        });
        return md.toString();
    }

    /** One row per name, the most used first: how many entries and which. */
    private static void tally(
            StringBuilder md, Map<CorpusEntry, CorpusVerdict> results, Function<CorpusEntry, Set<String>> names) {
        Map<String, TreeSet<String>> byName = new TreeMap<>();
        results.keySet()
                .forEach(entry -> names.apply(entry).forEach(name -> byName.computeIfAbsent(name, n -> new TreeSet<>())
                        .add(entry.name())));
        byName.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(e -> md.append("| `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(e.getValue().size())
                        .append(" | ")
                        .append(String.join(", ", e.getValue()))
                        .append(" |\n"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
