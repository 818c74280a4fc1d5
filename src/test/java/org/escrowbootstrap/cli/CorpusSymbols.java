package org.escrowbootstrap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.model.SfSymbols;

/**
 * The SF Symbols a corpus entry names that we do not draw as themselves, found in the arguments and JSON files (an
 * unknown name is not an error in swiftDialog either). Each is given as {@code name -> what we draw}: the nearest
 * family ({@link SfSymbols#match}) or the generic glyph.
 */
final class CorpusSymbols {

    private static final Pattern SF = Pattern.compile("(?i)\\bsf=([a-z0-9.]+)");
    /** A list row's status that is a symbol: {@code status=lock.fill-blue}, not {@code wait} or {@code success}. */
    private static final Pattern STATUS_SYMBOL =
            Pattern.compile("(?i)\\bstatus\\s*[=:]\\s*\"?([a-z0-9]+\\.[a-z0-9.]+)");

    private static final Set<String> PROSE =
            Set.of("--message", "-m", "--infobox", "--helpmessage", "--infotext", "--title", "-t", "--subtitle");

    private CorpusSymbols() {}

    /** The names, lower case, not drawn as themselves (nor as their {@code .fill} twin), each with what is drawn. */
    static Set<String> missing(CorpusEntry entry) {
        Set<String> missing = new TreeSet<>();
        for (String text : texts(entry)) {
            for (Pattern pattern : new Pattern[] {SF, STATUS_SYMBOL}) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    String name = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
                    SfSymbols.Match match = SfSymbols.match(name);
                    if (!match.exact()) {
                        missing.add(name + " \u2192 " + match.drawn());
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
}
