package org.escrowbootstrap.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one corpus entry fared: it rendered with every option supported, rendered with some not supported, or failed;
 * read from the run's exit code and its one-line warnings on stderr.
 *
 * @param outcome the class
 * @param unsupported the swiftDialog options (or JSON keys, text-field modifiers) we ignore, as {@code --name}
 * @param unknown options swiftDialog does not know either: script typos (ignored by both) and macOS settings such as
 *     {@code -AppleLanguages} (AppKit applies them on a Mac); not held against us
 * @param notes every other warning: missing images, values we fell back from
 * @param failure for a failed run, the exit code and the first lines of stderr
 */
record CorpusVerdict(
        Outcome outcome, Set<String> unsupported, Set<String> unknown, List<String> notes, String failure) {

    enum Outcome {
        ALL_SUPPORTED("renders, every option supported"),
        SOME_UNSUPPORTED("renders, some options not supported"),
        FAILED("fails");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private static final String WARNING = "escrow-bootstrap: warning: ";
    private static final Pattern OPTION_UNSUPPORTED =
            Pattern.compile("^(-{1,2}[\\w-]+) is not supported by escrow-bootstrap");
    private static final Pattern VALUE_UNSUPPORTED =
            Pattern.compile("^(--\\w+) \"(\\w+=)….*? is not supported by escrow-bootstrap");
    private static final Pattern JSON_UNSUPPORTED =
            Pattern.compile("^JSON \"(\\w+)\" is not supported by escrow-bootstrap");
    private static final Pattern NESTED_UNSUPPORTED =
            Pattern.compile("^(.+?): \"(\\w+)\" is not supported by escrow-bootstrap");
    private static final Pattern COMMAND_UNSUPPORTED = Pattern.compile("^command file: (\\w+) is not supported");
    private static final Pattern UNKNOWN = Pattern.compile("^unknown (?:option (\\S+)|JSON key \"(\\w+)\")");

    CorpusVerdict {
        unsupported = Set.copyOf(unsupported);
        unknown = Set.copyOf(unknown);
        notes = List.copyOf(notes);
    }

    static CorpusVerdict of(CliRun run, boolean pngWritten) {
        Set<String> unsupported = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        boolean crashed = false;
        for (String line : run.err().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith(WARNING)) {
                crashed |= line.contains("internal error") || line.contains("Exception") || line.startsWith("\tat ");
                notes.add(line);
                continue;
            }
            String warning = line.substring(WARNING.length());
            Matcher m;
            if ((m = VALUE_UNSUPPORTED.matcher(warning)).find()) {
                unsupported.add(m.group(1) + " " + m.group(2));
            } else if ((m = OPTION_UNSUPPORTED.matcher(warning)).find()) {
                if (warning.contains("a macOS setting")) {
                    unknown.add(m.group(1) + " (macOS setting)");
                } else {
                    unsupported.add(m.group(1).startsWith("--") ? m.group(1) : m.group(1) + " (short)");
                }
            } else if ((m = JSON_UNSUPPORTED.matcher(warning)).find()) {
                unsupported.add("--" + m.group(1));
            } else if ((m = NESTED_UNSUPPORTED.matcher(warning)).find()) {
                unsupported.add(m.group(1).replaceFirst(" \".*", "") + " " + m.group(2));
            } else if ((m = COMMAND_UNSUPPORTED.matcher(warning)).find()) {
                unsupported.add("command " + m.group(1) + ":");
            } else if ((m = UNKNOWN.matcher(warning)).find()) {
                unknown.add(m.group(1) != null ? m.group(1) : "JSON " + m.group(2));
            } else {
                notes.add(warning);
            }
        }
        if (crashed || run.exitCode() != 0 || !pngWritten) {
            String failure = "exit " + run.exitCode() + (pngWritten ? "" : ", no PNG") + ": "
                    + run.err().lines().limit(3).reduce((a, b) -> a + " / " + b).orElse("");
            return new CorpusVerdict(Outcome.FAILED, unsupported, unknown, notes, failure);
        }
        Outcome outcome = unsupported.isEmpty() ? Outcome.ALL_SUPPORTED : Outcome.SOME_UNSUPPORTED;
        return new CorpusVerdict(outcome, unsupported, unknown, notes, "");
    }
}
