package org.escrowbootstrap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Markdown that is plain prose: paragraphs and headings of text with emphasis, strikethrough and line breaks,
 * which is what most screens show (the escrow's greeting, progress and outcome, a "System Info" box).
 * {@link ProseView} draws it without Swing's HTML machinery; anything more (links, code, lists, quotes, tables,
 * rules, images, raw HTML) is left to {@link MarkdownView}.
 *
 * @param blocks the paragraphs and headings in order
 */
record Prose(List<Block> blocks) {

    /** HTML's white space, which it shows as one space (a no-break space is not white space there). */
    private static final Pattern WHITESPACE = Pattern.compile("[ \t\r\f]+");

    Prose {
        blocks = List.copyOf(blocks);
    }

    /**
     * A paragraph ({@code level} 0) or a heading (1 to 6) and its runs of text; a line break is a {@code '\n'}
     * inside a run.
     */
    record Block(int level, List<Run> runs) {
        Block {
            runs = List.copyOf(runs);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }

        /** The run that holds character {@code index} of the {@link #text}, and where in the text it ends. */
        Place runAt(int index) {
            int end = 0;
            for (Run run : runs) {
                end += run.text().length();
                if (index < end) {
                    return new Place(run, end);
                }
            }
            return new Place(null, end);
        }
    }

    /** A run and the index in its block's text just after it; no run past the end of the text. */
    record Place(Run run, int end) {}

    /** Text in one style. */
    record Run(String text, boolean strong, boolean emphasis, boolean struck) {}

    /** The prose in {@code document}, or empty when it holds anything else. */
    static Optional<Prose> of(Node document) {
        if (!(document instanceof Document)) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            int level;
            if (block instanceof Paragraph) {
                level = 0;
            } else if (block instanceof Heading heading) {
                level = heading.getLevel();
            } else {
                return Optional.empty();
            }
            List<Run> runs = new ArrayList<>();
            if (!inline(block, false, false, false, runs)) {
                return Optional.empty();
            }
            blocks.add(new Block(level, runs));
        }
        return Optional.of(new Prose(blocks));
    }

    /** The plain text, as a screen reader reads it: blocks on lines of their own. */
    String plainText() {
        List<String> texts = new ArrayList<>();
        blocks.forEach(block -> texts.add(block.text()));
        return String.join("\n", texts).strip();
    }

    /**
     * {@code literal} with each run of spaces and tabs as one space, none at all right after a space that ends
     * the runs so far: whitespace as HTML shows it, in the HTML view as here.
     */
    private static String collapse(String literal, List<Run> runs) {
        String text = WHITESPACE.matcher(literal).replaceAll(" ");
        String before = runs.isEmpty() ? "" : runs.get(runs.size() - 1).text();
        return before.endsWith(" ") && text.startsWith(" ") ? text.substring(1) : text;
    }

    /** Adds {@code run}, joined to the last one when they look alike: a run is what Swing's HTML calls a view. */
    private static void add(List<Run> runs, Run run) {
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.strong == run.strong && last.emphasis == run.emphasis && last.struck == run.struck) {
            runs.set(runs.size() - 1, new Run(last.text + run.text, run.strong, run.emphasis, run.struck));
        } else {
            runs.add(run);
        }
    }

    private static boolean inline(Node parent, boolean strong, boolean emphasis, boolean struck, List<Run> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            boolean plain;
            if (node instanceof Text text) {
                add(runs, new Run(collapse(text.getLiteral(), runs), strong, emphasis, struck));
                plain = true;
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                // A single line break ends a line, as swiftDialog shows a message written with \n.
                add(runs, new Run("\n", strong, emphasis, struck));
                plain = true;
            } else if (node instanceof StrongEmphasis) {
                plain = inline(node, true, emphasis, struck, runs);
            } else if (node instanceof Emphasis) {
                plain = inline(node, strong, true, struck, runs);
            } else if (node instanceof Strikethrough) {
                plain = inline(node, strong, emphasis, true, runs);
            } else {
                plain = false;
            }
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
