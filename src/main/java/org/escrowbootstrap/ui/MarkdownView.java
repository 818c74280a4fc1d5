package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.event.HyperlinkEvent;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.html.HTMLDocument;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.StyleSheet;
import org.escrowbootstrap.model.Alignment;

/**
 * A read-only, selectable view of Markdown text (the message, the info box): headings, emphasis, lists, code,
 * tables and links that open in the browser, through Swing's HTML views. Plain prose, which most screens show, is
 * drawn by a {@link ProseView} instead, pixel for pixel the same at a fraction of the cost ({@link #create}).
 *
 * <p>Tab moves the focus on (Swing's text views would keep it); Ctrl+Tab walks the links and Ctrl+Space opens
 * one, as in any Swing HTML view.
 */
final class MarkdownView extends JEditorPane implements MarkdownText {

    /** How a view's text looks: the base font, colours, line height and heading sizes. */
    record Style(
            Font font,
            Color foreground,
            Color link,
            Color divider,
            Color codeBackground,
            Color tableBorder,
            float lineHeight,
            Alignment alignment,
            float[] headingScale,
            float headingGap,
            boolean rulesUnderHeadings) {
        Style {
            headingScale = headingScale.clone();
            if (headingScale.length != 6) {
                throw new IllegalArgumentException("one scale per heading level, h1 to h6");
            }
        }
    }

    /** GitHub's heading sizes relative to the text: h1 to h6. */
    static final float[] GITHUB_HEADINGS = {2f, 1.5f, 1.25f, 1f, 0.875f, 0.85f};

    private int wrapWidth;

    /** A view of text parsed ahead, perhaps on another thread, by {@link #parse}; not prose ({@link #create}). */
    MarkdownView(Parsed parsed, Style style, Consumer<URI> linkOpener) {
        if (parsed.kit == null) {
            throw new IllegalArgumentException("prose is drawn by a ProseView");
        }
        setEditable(false);
        setOpaque(false);
        setBorder(null);
        setMargin(new Insets(0, 0, 0, 0));
        putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        setFont(style.font());
        setForeground(style.foreground());
        setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        // The kit hands the pane the parsed document as its "default" one: no empty document is made and thrown
        // away, and the views are built once for the finished text (the kit also makes the content type HTML).
        setEditorKit(parsed.kit);
        setCaretPosition(0);
        addHyperlinkListener(event -> {
            if (event.getEventType() == HyperlinkEvent.EventType.ACTIVATED) {
                toUri(event).ifPresent(linkOpener);
            }
        });
        getAccessibleContext().setAccessibleDescription(plainText());
    }

    /**
     * Markdown parsed for a view: plain prose for a {@link ProseView}, anything else into the HTML document a
     * {@code MarkdownView} shows, with the view's style sheet. Only models, so it may be built on any thread (the
     * presenter parses the next screen's texts while the Swing thread builds the rest). One view uses it.
     */
    static final class Parsed {
        private final Prose prose;
        private final SpacedKit kit;
        private final boolean hasLink;

        private Parsed(Prose prose, SpacedKit kit, boolean hasLink) {
            this.prose = prose;
            this.kit = kit;
            this.hasLink = hasLink;
        }

        /** Whether the text has a link, which makes its view a keyboard stop (as {@link Markdown#hasLink}). */
        boolean hasLink() {
            return hasLink;
        }

        /** Whether the text is plain prose, drawn by a {@link ProseView}. */
        boolean isProse() {
            return prose != null;
        }
    }

    /** Parses {@code markdown} for a view in {@code style}; safe on any thread once the theme is installed. */
    static Parsed parse(String markdown, Style style) {
        Fonts.loadInter(); // both views name Inter's faces, which AWT must know by then
        org.commonmark.node.Node document = Markdown.parse(markdown);
        Optional<Prose> prose = Prose.of(document);
        return prose.isPresent() ? new Parsed(prose.get(), null, false) : parseAsHtml(document, style);
    }

    /** {@code document} as the HTML this view shows, even when it is prose (which tests compare). */
    static Parsed parseAsHtml(org.commonmark.node.Node document, Style style) {
        Fonts.loadInter();
        StyleSheet sheet = new TrackedStyleSheet("Inter".equals(style.font().getFamily()));
        SpacedKit kit = new SpacedKit(style.lineHeight());
        sheet.addStyleSheet(kit.getStyleSheet());
        addRules(sheet, style);
        HTMLDocument html = new HTMLDocument(sheet);
        html.setParser(new javax.swing.text.html.parser.ParserDelegator());
        // Lays text out with TextLayout, which measures letter spacing the same way it paints it; otherwise a
        // link or bold word inside a line leaves a gap before the next run of text.
        html.putProperty("i18n", Boolean.TRUE); // AbstractDocument.I18NProperty, which is not public
        String body = Markdown.htmlOf(document);
        try {
            kit.read(new StringReader("<html><body>" + body + "</body></html>"), html, 0);
        } catch (IOException | BadLocationException e) {
            throw new IllegalStateException("cannot read the generated HTML", e); // a string cannot fail to read
        }
        kit.document = html;
        return new Parsed(null, kit, body.contains("<a "));
    }

    /**
     * The view for {@code parsed}: a {@link ProseView} for prose, else a {@code MarkdownView}.
     */
    static MarkdownText create(Parsed parsed, Style style, Consumer<URI> linkOpener) {
        return parsed.isProse() ? new ProseView(parsed.prose, style) : new MarkdownView(parsed, style, linkOpener);
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
    public Dimension getPreferredSize() {
        if (wrapWidth <= 0) {
            return super.getPreferredSize();
        }
        if (getWidth() != wrapWidth) {
            setSize(new Dimension(wrapWidth, Short.MAX_VALUE));
        }
        return new Dimension(wrapWidth, super.getPreferredSize().height);
    }

    /**
     * The metrics of a letter-spaced font remember their widths ({@link MeasuredFont}): Swing's text views measure
     * a paragraph one character at a time, and would otherwise run the text shaper for each.
     */
    @Override
    public FontMetrics getFontMetrics(Font font) {
        return MeasuredFont.metrics(font, super.getFontMetrics(font));
    }

    @Override
    public Dimension getMinimumSize() {
        return wrapWidth > 0 ? new Dimension(wrapWidth, 0) : super.getMinimumSize();
    }

    @Override
    public String plainText() {
        try {
            return getDocument().getText(0, getDocument().getLength()).strip();
        } catch (javax.swing.text.BadLocationException e) {
            return "";
        }
    }

    private static Optional<URI> toUri(HyperlinkEvent event) {
        try {
            if (event.getURL() != null) {
                return Optional.of(event.getURL().toURI());
            }
            String description = event.getDescription();
            if (description == null || description.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new URI(description.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static void addRules(StyleSheet sheet, Style style) {
        Font font = style.font();
        float size = font.getSize2D();
        String family = font.getFamily();
        String align = style.alignment().name().toLowerCase(Locale.ROOT).replace("centre", "center");
        String colour = Look.css(style.foreground());
        sheet.addRule("body { font-family: '" + family + "'; font-size: " + pt(size) + "; color: " + colour
                + "; margin: 0; padding: 0; text-align: " + align + "; }");
        sheet.addRule("p { margin-top: 0; margin-bottom: " + pt(size * 0.62f) + "; text-align: " + align + "; }");
        String headingFamily = "Inter".equals(family) ? "Inter SemiBold" : family;
        for (int level = 1; level <= 6; level++) {
            float h = size * style.headingScale()[level - 1];
            String rule = "h" + level + " { font-family: '" + headingFamily + "'; font-size: " + pt(h)
                    + "; font-weight: " + ("Inter".equals(family) ? "normal" : "bold") + "; margin-top: "
                    + pt(h * 0.45f) + "; margin-bottom: " + pt(h * style.headingGap()) + "; text-align: " + align
                    + "; ";
            if (style.rulesUnderHeadings() && level <= 2) {
                rule += "padding-bottom: " + pt(h * 0.2f) + "; ";
            }
            sheet.addRule(rule + "}");
        }
        if (style.rulesUnderHeadings()) {
            String rule = "border-bottom-width: 1px; border-bottom-style: solid; border-bottom-color: "
                    + Look.css(style.divider()) + "; margin-bottom: " + pt(size * 0.85f) + "; ";
            sheet.addRule(".ruled { " + rule + "}");
            sheet.addRule(".ruledtop { " + rule + "margin-top: " + pt(size * 0.4f) + "; }");
        }
        sheet.addRule(".headtop { margin-top: " + pt(size * 0.4f) + "; }");
        sheet.addRule(".top { margin-top: 0; }");
        sheet.addRule("a { color: " + Look.css(style.link()) + "; text-decoration: none; }");
        sheet.addRule("ul, ol { margin-top: 0; margin-bottom: " + pt(size * 0.5f) + "; margin-left: " + pt(size * 1.3f)
                + "; }");
        sheet.addRule("li { margin-bottom: " + pt(size * 0.15f) + "; }");
        sheet.addRule("code { font-family: Monospaced; font-size: " + pt(size * 0.85f) + "; background-color: "
                + Look.css(style.codeBackground()) + "; }");
        sheet.addRule("pre { font-family: Monospaced; font-size: " + pt(size * 0.8f) + "; background-color: "
                + Look.css(style.codeBackground()) + "; margin-top: 0; margin-bottom: " + pt(size * 0.6f)
                + "; padding: " + pt(size * 0.4f) + "; }");
        sheet.addRule("blockquote { margin: 0 0 " + pt(size * 0.6f) + " 0; padding-left: " + pt(size * 0.7f)
                + "; border-left-width: 3px; border-left-style: solid; border-left-color: "
                + Look.css(style.divider()) + "; color: " + Look.css(blend(style.foreground(), 0.7f)) + "; }");
        sheet.addRule("table { margin-bottom: " + pt(size * 0.6f) + "; }");
        String cell = "border-width: 1px; border-style: solid; border-color: " + Look.css(style.tableBorder()) + "; ";
        sheet.addRule("th { " + cell + "font-family: '" + headingFamily + "'; text-align: left; }");
        sheet.addRule("td { " + cell + "}");
        sheet.addRule(".rule { border-bottom-width: 1px; border-bottom-style: solid; border-bottom-color: "
                + Look.css(style.divider()) + "; font-size: 2pt; margin-top: " + pt(size * 0.2f) + "; margin-bottom: "
                + pt(size * 0.6f) + "; }");
        sheet.addRule("del, s, strike { text-decoration: line-through; }");
        sheet.addRule(".image { font-style: italic; }");
    }

    /**
     * An editor kit whose paragraphs, list items and headings keep {@code lineHeight} times the font's own line
     * height between lines; Swing's style sheets ignore CSS {@code line-height}.
     */
    private static final class SpacedKit extends HTMLEditorKit {
        private final float extra;
        private final transient javax.swing.text.ViewFactory factory = new HTMLFactory() {
            @Override
            public javax.swing.text.View create(javax.swing.text.Element element) {
                Object name = element.getAttributes().getAttribute(javax.swing.text.StyleConstants.NameAttribute);
                if (name == javax.swing.text.html.HTML.Tag.P
                        || name == javax.swing.text.html.HTML.Tag.IMPLIED
                        || name instanceof javax.swing.text.html.HTML.Tag tag
                                && tag.isBlock()
                                && tag.toString().matches("h[1-6]")) {
                    return new javax.swing.text.html.ParagraphView(element) {
                        @Override
                        protected void setPropertiesFromAttributes() {
                            super.setPropertiesFromAttributes();
                            setLineSpacing(extra);
                        }

                        /**
                         * No least width: a word or link wider than the window breaks between letters (Swing's
                         * glyph views can) rather than pushing the paragraph past the window's edge.
                         */
                        @Override
                        protected javax.swing.SizeRequirements calculateMinorAxisRequirements(
                                int axis, javax.swing.SizeRequirements r) {
                            javax.swing.SizeRequirements wanted = super.calculateMinorAxisRequirements(axis, r);
                            wanted.minimum = 0;
                            return wanted;
                        }
                    };
                }
                return super.create(element);
            }
        };

        /** The parsed text, handed out once as the pane's document when the kit is installed. */
        private transient HTMLDocument document;

        SpacedKit(float lineHeight) {
            this.extra = Math.max(0f, lineHeight - 1f);
        }

        @Override
        public Document createDefaultDocument() {
            HTMLDocument parsed = document;
            if (parsed != null) {
                document = null;
                return parsed;
            }
            return super.createDefaultDocument();
        }

        @Override
        public javax.swing.text.ViewFactory getViewFactory() {
            return factory;
        }
    }

    /** Gives Inter the letter spacing of {@link Fonts#tracked}, which CSS in Swing cannot express. */
    private static final class TrackedStyleSheet extends StyleSheet {
        private final boolean track;

        TrackedStyleSheet(boolean track) {
            this.track = track;
        }

        @Override
        public Font getFont(javax.swing.text.AttributeSet attributes) {
            Font font = super.getFont(attributes);
            return track && font.getFamily().startsWith("Inter") ? Fonts.tracked(font) : font;
        }
    }

    private static Color blend(Color colour, float alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255));
    }

    /**
     * {@code value} in points with one decimal, rounded half up as {@code "%.1fpt"} would be: written by hand
     * because the first {@code String.format} of a number loads the locale machinery, a cost on the first screen.
     */
    static String pt(float value) {
        long tenths = Math.round(Math.abs((double) value) * 10);
        return (value < 0 ? "-" : "") + tenths / 10 + "." + tenths % 10 + "pt";
    }
}
