package org.escrowbootstrap.ui;

import com.formdev.flatlaf.util.FontUtils;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * {@link Prose} drawn with the JDK's line breaker: the look of {@link MarkdownView} (its fonts, letter spacing,
 * line height, paragraph and heading spacing, rules under large headings, alignment) for plain prose, which is
 * what most screens show, at a fraction of the cost of Swing's HTML and CSS machinery. That machinery is most of
 * what the first window waits for beyond the theme, and of each screen change.
 *
 * <p>Not a text component (nothing to select, prose has no links), but a keyboard stop as the HTML view is, so that
 * Tab reaches the message and a screen reader reads it: its text is the accessible description, as from {@link
 * MarkdownView}. The info box turns that off ({@link InfoBox}: a stop only with a link).
 */
final class ProseView extends JComponent implements MarkdownText {

    /**
     * Antialiased, whole-pixel advances: how Swing's text views measure (the component's font metrics), so lines
     * break where {@link MarkdownView}'s do; painted with the same hints.
     */
    private static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, false);

    private final Prose prose;
    private final MarkdownView.Style style;
    private int wrapWidth;
    private Layout layout;

    ProseView(Prose prose, MarkdownView.Style style) {
        this.prose = prose;
        this.style = style;
        setOpaque(false);
        setFocusable(true);
        setFont(style.font());
        setForeground(style.foreground());
        getAccessibleContext().setAccessibleDescription(plainText());
    }

    @Override
    public JComponent component() {
        return this;
    }

    @Override
    public void wrapAt(int width) {
        wrapWidth = width;
    }

    @Override
    public String plainText() {
        return prose.plainText();
    }

    /** As wide as it is (or as {@link #wrapAt} says) and as tall as the text wrapped there. */
    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        int width = wrapWidth > 0 ? wrapWidth : getWidth() > 0 ? getWidth() : naturalWidth();
        return new Dimension(width, layoutAt(width).height);
    }

    @Override
    public Dimension getMinimumSize() {
        return wrapWidth > 0 ? new Dimension(wrapWidth, 0) : super.getMinimumSize();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g2.setColor(getForeground());
            Layout laid = layoutAt(getWidth());
            for (Line line : laid.lines) {
                // Aligned as Swing's paragraph places a row narrower than itself: the whole pixels to spare, times
                // the alignment, cut to a whole pixel.
                int spare = laid.wrap - line.width;
                int x =
                        switch (style.alignment()) {
                            case LEFT -> 0;
                            case CENTRE -> (int) (spare * 0.5f);
                            case RIGHT -> spare;
                        };
                for (int i = 0; i < line.parts.size(); i++) {
                    line.parts.get(i).draw(g2, x + line.offsets.get(i), line.baseline(i));
                }
            }
            g2.setColor(style.divider());
            for (int y : laid.rules) {
                g2.fillRect(0, y, getWidth() - 1, 1); // a pixel short of the right edge, as Swing's CSS border
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.LABEL;
                }
            };
        }
        return accessibleContext;
    }

    /**
     * A laid-out line: its parts (one per run) at their offsets with their whole-pixel ascents, its top, ascent and descent, its width (the parts' advances with trailing spaces, cut to
     * whole pixels, as Swing measures a row) and where it ends in the block's text.
     */
    private record Line(
            List<TextLayout> parts,
            List<Integer> offsets,
            List<Integer> ascents,
            int top,
            int ascent,
            int descent,
            int width,
            int end) {

        /**
         * A part's baseline: Swing aligns the parts of a row on their ascents cut to whole pixels, and draws each
         * its ascent and leading below where that puts its top.
         */
        float baseline(int part) {
            TextLayout layout = parts.get(part);
            return top + ascent - ascents.get(part) + layout.getAscent() + layout.getLeading();
        }

        int height() {
            return ascent + descent;
        }

        /**
         * The line ended by a line break: Swing's view of the {@code <br>} is one more part of the row, measured
         * with the font's whole-pixel metrics, which can make the line taller and lower the text on it.
         */
        Line endedBy(FontMetrics breakMetrics) {
            int breakAscent = breakMetrics.getHeight() - breakMetrics.getDescent();
            return new Line(
                    parts,
                    offsets,
                    ascents,
                    top,
                    Math.max(ascent, breakAscent),
                    Math.max(descent, breakMetrics.getDescent()),
                    width,
                    end);
        }
    }

    /** The text laid out at one width: lines, rules under headings and the height. */
    private record Layout(int width, int wrap, List<Line> lines, List<Integer> rules, int height) {}

    private Layout layoutAt(int width) {
        Layout laid = layout;
        if (laid == null || laid.width != width) {
            // Swing's text views keep a caret's width free at the right edge, even when read-only.
            laid = lay(Math.max(1, width - caretMargin()), width);
            layout = laid;
        }
        return laid;
    }

    /** The room a text component leaves for its caret: the theme's caret width, one pixel when it says none. */
    private static int caretMargin() {
        return UIManager.get("Caret.width") instanceof Number width && width.intValue() >= 0 ? width.intValue() : 1;
    }

    private int naturalWidth() {
        float widest = 0;
        for (Prose.Block block : prose.blocks()) {
            for (String line : block.text().split("\n", -1)) {
                if (!line.isEmpty()) {
                    widest = Math.max(widest, new TextLayout(line, font(block, null), RENDER_CONTEXT).getAdvance());
                }
            }
        }
        return (int) Math.ceil(widest);
    }

    /**
     * Lays the blocks out as Swing's HTML views lay out the same text with {@link MarkdownView}'s style sheet:
     * margins and paddings in whole pixels, each line as tall as its tallest run plus the style's extra line
     * height below it.
     */
    private Layout lay(int wrap, int width) {
        List<Line> lines = new ArrayList<>();
        List<Integer> rules = new ArrayList<>();
        float size = style.font().getSize2D();
        int y = 0;
        boolean first = true;
        for (Prose.Block block : prose.blocks()) {
            int level = block.level();
            float h = level > 0 ? size * style.headingScale()[level - 1] : size;
            boolean ruled = level > 0 && level <= 2 && style.rulesUnderHeadings();
            float top;
            float bottom;
            if (level == 0) {
                top = 0;
                bottom = size * 0.62f;
            } else {
                // A heading on top keeps a little air above it (Markdown's "headtop", or "ruledtop" for the large
                // ones, which only a style with rules under headings defines); others their own margin.
                boolean airOnTop = first && (level > 2 || style.rulesUnderHeadings());
                top = airOnTop ? size * 0.4f : h * 0.45f;
                bottom = ruled ? size * 0.85f : h * style.headingGap();
            }
            int blockTop = y;
            y += (int) top;
            y = layBlock(block, wrap, y, lines);
            if (ruled) {
                y += (int) (h * 0.2f) + 1;
            }
            y += (int) bottom;
            if (ruled) {
                // Where Swing's CSS border lands: inside the margins, each taken as a fraction and then cut to
                // whole pixels, which puts the line a pixel higher after a fractional top margin.
                rules.add((int) (blockTop + top) + (int) (y - blockTop - top - bottom) - 1);
            }
            first = false;
        }
        return new Layout(width, wrap, lines, rules, y);
    }

    private int layBlock(Prose.Block block, int width, int top, List<Line> lines) {
        String text = block.text();
        int y = top;
        if (text.isEmpty()) {
            return y;
        }
        // The paragraph's closing line end belongs to its text, as in Swing's document: the measurer breaks lines
        // by what comes after them too.
        AttributedString styled = new AttributedString(text + "\n");
        // Left to right whatever the first letter, as Swing's document runs: a line that starts in Hebrew keeps
        // its English where it was written, each run in its own direction.
        styled.addAttribute(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_LTR);
        styled.addAttribute(TextAttribute.FONT, font(block, null), text.length(), text.length() + 1);
        int at = 0;
        for (Prose.Run run : block.runs()) {
            int end = at + run.text().length();
            if (end > at) {
                styled.addAttribute(TextAttribute.FONT, font(block, run), at, end);
                if (run.struck()) {
                    styled.addAttribute(TextAttribute.STRIKETHROUGH, TextAttribute.STRIKETHROUGH_ON, at, end);
                }
            }
            at = end;
        }
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), RENDER_CONTEXT);
        float extra = Math.max(0f, style.lineHeight() - 1f);
        int start = 0;
        while (start <= text.length()) {
            int breakAt = text.indexOf('\n', start);
            int limit = breakAt < 0 ? text.length() : breakAt;
            if (limit == start) {
                // an empty line: as tall as a line of the block's first font
                int height = (int) lineHeight(new TextLayout(" ", font(block, null), RENDER_CONTEXT));
                y += height + (int) (height * extra);
            }
            for (int from = start; from < limit; ) {
                Line line = row(block, measurer, from, limit, width, y);
                from = line.end;
                if (breakAt >= 0 && from == limit) {
                    line = line.endedBy(
                            getFontMetrics(font(block, block.runAt(breakAt).run())));
                }
                lines.add(line);
                y += line.height() + (int) (line.height() * extra);
            }
            if (breakAt < 0) {
                break;
            }
            start = breakAt + 1;
        }
        return y;
    }

    /**
     * The line from {@code from}, filled as Swing's HTML views fill a row (its flow strategy with the text laid
     * out by {@code TextLayoutStrategy}): part by part, each at most a run, measured against the whole pixels left
     * and placed at the whole-pixel end of the part before, a later part only with a whole word. Lines then break,
     * and words sit, exactly where a {@link MarkdownView} of the same text puts them.
     */
    private Line row(Prose.Block block, LineBreakMeasurer measurer, int from, int limit, int width, int top) {
        List<TextLayout> parts = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Integer> ascents = new ArrayList<>();
        int x = 0;
        float total = 0;
        float spanLeft = width;
        int ascent = 0;
        int descent = 0;
        int at = from;
        while (at < limit && spanLeft >= 0) {
            boolean requireNextWord = !parts.isEmpty();
            int partEnd = Math.min(block.runAt(at).end(), limit);
            measurer.setPosition(at);
            TextLayout part = measurer.nextLayout((int) spanLeft, partEnd, requireNextWord);
            if (part == null) {
                break;
            }
            parts.add(part);
            offsets.add(x);
            // Swing's row: each part's ascent and descent cut to whole pixels, the row as tall as the largest of
            // each together.
            float height = lineHeight(part);
            int partAscent = (int) (part.getAscent() + part.getLeading());
            ascents.add(partAscent);
            ascent = Math.max(ascent, partAscent);
            descent = Math.max(descent, (int) (height - partAscent));
            float advance = part.getAdvance();
            spanLeft -= advance;
            x += (int) advance;
            total += advance;
            // Even after a part that ended inside its run the row goes on (as Swing's does): the next word,
            // measured on its own, may still fit.
            at = measurer.getPosition();
        }
        return new Line(parts, offsets, ascents, top, ascent, descent, (int) total, at);
    }

    private static float lineHeight(TextLayout line) {
        return line.getAscent() + line.getDescent() + line.getLeading();
    }

    /** The face of a run as the style sheet picks it: bold and italic of the family, headings in SemiBold. */
    private Font font(Prose.Block block, Prose.Run run) {
        Font base = style.font();
        String family = base.getFamily();
        boolean inter = "Inter".equals(family);
        float size = block.level() > 0 ? base.getSize2D() * style.headingScale()[block.level() - 1] : base.getSize2D();
        int weight = run != null && run.strong() || block.level() > 0 && !inter ? Font.BOLD : Font.PLAIN;
        int slant = run != null && run.emphasis() ? Font.ITALIC : Font.PLAIN;
        String face = block.level() > 0 && inter ? "Inter SemiBold" : family;
        // Made as Swing's style sheets make theirs: with the system's fallback fonts for what the face lacks
        // (CJK, symbols), which a plain Font would draw as empty boxes.
        Font font = FontUtils.getCompositeFont(face, weight | slant, Math.round(size));
        return inter ? Fonts.tracked(font) : font;
    }
}
