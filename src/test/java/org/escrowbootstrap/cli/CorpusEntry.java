package org.escrowbootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One swiftDialog invocation taken from a public script: its arguments and where it came from.
 *
 * <p>The file format ({@code src/test/resources/swiftdialog-corpus/*.args}): header lines {@code # key: value}
 * (source, repo, path, commit, kind, substituted, images), then one argument per line. An argument that holds a real
 * new line continues on the next line, the line before ending in a backslash; an empty line is an empty argument.
 * {@code {corpus}} stands for the corpus folder (JSON files the entry reads live in its {@code json/} folder).
 *
 * @param name the file name without {@code .args}
 * @param header the header's keys and values, in file order
 * @param args the arguments exactly as the script passes them
 */
record CorpusEntry(String name, Map<String, String> header, List<String> args) {

    static final Path FOLDER = Path.of("src/test/resources/swiftdialog-corpus");

    CorpusEntry {
        header = Map.copyOf(header);
        args = List.copyOf(args);
    }

    /** Every entry of the corpus, by name. */
    static List<CorpusEntry> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".args"))
                    .sorted()
                    .map(CorpusEntry::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusEntry read(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.args$", "");
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusEntry parse(String name, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        List<String> args = new ArrayList<>();
        StringBuilder continued = null;
        boolean inHeader = true;
        String[] lines =
                text.endsWith("\n") ? text.substring(0, text.length() - 1).split("\n", -1) : text.split("\n", -1);
        for (String line : lines) {
            if (inHeader && line.startsWith("# ")) {
                int colon = line.indexOf(": ");
                header.put(line.substring(2, colon), line.substring(colon + 2));
                continue;
            }
            inHeader = false;
            StringBuilder arg = continued == null ? new StringBuilder() : continued.append('\n');
            if (line.endsWith("\\")) {
                continued = arg.append(line, 0, line.length() - 1);
            } else {
                args.add(arg.append(line).toString());
                continued = null;
            }
        }
        return new CorpusEntry(name, header, args);
    }

    String repo() {
        return header.getOrDefault("repo", "?");
    }

    /**
     * The arguments to replay: {@code {corpus}} resolved, and every command file moved into {@code scratch}, so that
     * a {@code /var/tmp/dialog.log} left on the machine by something else cannot change the picture.
     */
    List<String> replayArgs(Path scratch) {
        List<String> replay = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i).replace("{corpus}", FOLDER.toAbsolutePath().toString());
            replay.add(arg);
            if (arg.equals("--commandfile")
                    && i + 1 < args.size()
                    && !args.get(i + 1).startsWith("-")) {
                replay.add(scratch.resolve(name + ".log").toString());
                i++;
            }
        }
        return replay;
    }
}
