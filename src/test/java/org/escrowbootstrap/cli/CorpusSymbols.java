package org.escrowbootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SF Symbols a corpus entry names that we do not ship, so draw as the generic glyph: no warning says so (an
 * unknown name is not an error in swiftDialog either), so the report finds them in the arguments and JSON files.
 */
final class CorpusSymbols {

    private static final Path SHIPPED_FOLDER = Path.of("src/main/resources/org/escrowbootstrap/ui/symbols");
    private static final Pattern SF = Pattern.compile("(?i)\\bsf=([a-z0-9.]+)");
    /** A list row's status that is a symbol: {@code status=lock.fill-blue}, not {@code wait} or {@code success}. */
    private static final Pattern STATUS_SYMBOL =
            Pattern.compile("(?i)\\bstatus\\s*[=:]\\s*\"?([a-z0-9]+\\.[a-z0-9.]+)");

    private static final Set<String> SHIPPED = shipped();
    private static final Set<String> PROSE =
            Set.of("--message", "-m", "--infobox", "--helpmessage", "--infotext", "--title", "-t", "--subtitle");

    private CorpusSymbols() {}

    /** The names, lower case, that neither exist nor have a {@code .fill} twin among the shipped symbols. */
    static Set<String> missing(CorpusEntry entry) {
        Set<String> missing = new TreeSet<>();
        for (String text : texts(entry)) {
            for (Pattern pattern : new Pattern[] {SF, STATUS_SYMBOL}) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    String name = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
                    String twin = name.endsWith(".fill") ? name.substring(0, name.length() - 5) : name + ".fill";
                    if (!SHIPPED.contains(name) && !SHIPPED.contains(twin)) {
                        missing.add(name);
                    }
                }
            }
        }
        return missing;
    }

    /** The arguments that may name a symbol (not prose such as a message), and the JSON files they name. */
    private static Set<String> texts(CorpusEntry entry) {
        Set<String> texts = new TreeSet<>();
        for (int i = 0; i < entry.args().size(); i++) {
            String arg = entry.args().get(i);
            if (arg.startsWith("{corpus}/")) {
                try {
                    texts.add(Files.readString(CorpusEntry.FOLDER.resolve(arg.substring("{corpus}/".length()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (i == 0 || !PROSE.contains(entry.args().get(i - 1))) {
                texts.add(arg);
            }
        }
        return texts;
    }

    private static Set<String> shipped() {
        try (Stream<Path> files = Files.list(SHIPPED_FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".svg"))
                    .map(name -> name.substring(0, name.length() - 4))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
