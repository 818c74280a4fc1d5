package org.escrowbootstrap.ui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A letter-spaced font that remembers the widths it has measured.
 *
 * <p>Letter spacing ({@link java.awt.font.TextAttribute#TRACKING}) makes AWT measure every string through a new
 * {@link java.awt.font.TextLayout}, a full run of the text shaper, and Swing's text views measure a paragraph one
 * character at a time, over and over while they look for line breaks: two thirds of the Swing thread's time in a
 * screen change went there. A measurement depends only on the font, the rendering context and the text, so each is
 * made once per process; the answers are the same numbers, so the pictures are pixel for pixel the same.
 *
 * <p>Swing finds the cache two ways: through {@link #getStringBounds(char[], int, int, FontRenderContext)}, and
 * through {@link Metrics}, the font metrics that a {@link MarkdownView} or a {@link MeasuredLabel} hands out.
 */
final class MeasuredFont extends Font {

    private static final long serialVersionUID = 1L;
    /** Enough for every run of text of a few screens; past it the cache starts again rather than grow. */
    private static final int MAX_ENTRIES = 20_000;
    /** Longer strings are rarely measured twice. */
    private static final int MAX_LENGTH = 200;

    private static final Map<Measure, Rectangle2D> BOUNDS = new ConcurrentHashMap<>();
    private static final Map<Measure, Integer> WIDTHS = new ConcurrentHashMap<>();
    private static final Map<Measure, FontMetrics> METRICS = new ConcurrentHashMap<>();

    MeasuredFont(Font font) {
        super(font);
    }

    /** {@code font} as a measured font, unless it is one already or has no letter spacing to pay for. */
    static Font of(Font font) {
        return font instanceof MeasuredFont || !font.hasLayoutAttributes() ? font : new MeasuredFont(font);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, FontRenderContext frc) {
        int length = limit - beginIndex;
        if (length <= 0 || length > MAX_LENGTH || beginIndex < 0 || limit > chars.length) {
            return super.getStringBounds(chars, beginIndex, limit, frc);
        }
        Measure key = new Measure(this, frc, new String(chars, beginIndex, length));
        Rectangle2D bounds = BOUNDS.get(key);
        if (bounds == null) {
            bounds = super.getStringBounds(chars, beginIndex, limit, frc);
            remember(BOUNDS, key, bounds);
        }
        return (Rectangle2D) bounds.clone(); // callers may change what they get
    }

    /**
     * The metrics a component hands its text views and label painters for {@code font}: remembering ones for a
     * measured font, {@code awt}'s own otherwise. A component overrides {@code getFontMetrics} with this.
     */
    static FontMetrics metrics(Font font, FontMetrics awt) {
        if (!(font instanceof MeasuredFont measured)) {
            return awt;
        }
        return METRICS.computeIfAbsent(
                new Measure(measured, awt.getFontRenderContext(), ""), key -> new Metrics(measured, awt));
    }

    private static <V> void remember(Map<Measure, V> cache, Measure key, V value) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, value);
    }

    /**
     * One measurement's question. A class of its own rather than a record: a record's {@code equals} is bound at
     * its first call through method handles, a cost this class exists to save on the first screen.
     */
    private static final class Measure {
        private final Font font;
        private final FontRenderContext frc;
        private final String text;
        private final int hash;

        Measure(Font font, FontRenderContext frc, String text) {
            this.font = font;
            this.frc = frc;
            this.text = text;
            this.hash = (font.hashCode() * 31 + (frc == null ? 0 : frc.hashCode())) * 31 + text.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Measure that
                    && hash == that.hash
                    && text.equals(that.text)
                    && font.equals(that.font)
                    && (frc == null ? that.frc == null : frc.equals(that.frc));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The metrics of a measured font: the widths Swing's text views ask for, remembered, and the font's sizes from
     * AWT's own metrics of it. Bounds and line metrics keep {@link FontMetrics}' own answers, which ask the font
     * (AWT's metrics do the same), so bounds come from the font's cache too.
     */
    private static final class Metrics extends FontMetrics {
        private static final long serialVersionUID = 1L;
        private final transient FontMetrics awt;
        private final MeasuredFont measured;

        Metrics(MeasuredFont font, FontMetrics awt) {
            super(font);
            this.measured = font;
            this.awt = awt;
        }

        @Override
        public Font getFont() {
            return measured; // so that Swing's fractional measurements come back to the font's cache too
        }

        @Override
        public FontRenderContext getFontRenderContext() {
            return awt.getFontRenderContext();
        }

        @Override
        public int charsWidth(char[] data, int off, int len) {
            if (len <= 0 || len > MAX_LENGTH || off < 0 || off + len > data.length) {
                return awt.charsWidth(data, off, len);
            }
            return width(new String(data, off, len));
        }

        @Override
        public int stringWidth(String text) {
            if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
                return awt.stringWidth(text);
            }
            return width(text);
        }

        @Override
        public int charWidth(char ch) {
            return width(String.valueOf(ch));
        }

        @Override
        public int charWidth(int codePoint) {
            return Character.isValidCodePoint(codePoint)
                    ? width(new String(Character.toChars(codePoint)))
                    : awt.charWidth(codePoint);
        }

        private int width(String text) {
            Measure key = new Measure(measured, awt.getFontRenderContext(), text);
            Integer width = WIDTHS.get(key);
            if (width == null) {
                width = awt.stringWidth(text);
                remember(WIDTHS, key, width);
            }
            return width;
        }

        @Override
        public int[] getWidths() {
            return awt.getWidths();
        }

        @Override
        public int getLeading() {
            return awt.getLeading();
        }

        @Override
        public int getAscent() {
            return awt.getAscent();
        }

        @Override
        public int getDescent() {
            return awt.getDescent();
        }

        @Override
        public int getHeight() {
            return awt.getHeight();
        }

        @Override
        public int getMaxAdvance() {
            return awt.getMaxAdvance();
        }
    }
}
