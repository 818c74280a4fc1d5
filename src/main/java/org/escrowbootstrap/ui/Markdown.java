package org.escrowbootstrap.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * GitHub-flavoured Markdown to the HTML subset Swing's {@code JEditorPane} shows, for the message and the info box.
 *
 * <p>Raw HTML in the Markdown is shown as text, not interpreted (swiftDialog's renderer ignores it too), link
 * targets are sanitised, and images become their alt text: Swing would fetch them on the UI thread. A single
 * line break ends a line, as admins write swiftDialog messages with {@code \n}.
 */
final class Markdown {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>\n")
            .nodeRendererFactory(ImageAsText::new)
            .nodeRendererFactory(RuleAsBorder::new)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof TableBlock) {
                    // Swing's HTML ignores border-collapse: no spacing and per-cell borders draw single lines.
                    attributes.put("cellspacing", "0");
                    attributes.put("cellpadding", "4");
                }
                // Swing's CSS has no :first-child: the first block is marked so it starts flush with the top.
                // A heading on top keeps a little air above it, as swiftDialog's do; other blocks start flush.
                boolean first = node.getParent() instanceof Document && node.getPrevious() == null;
                boolean heading = node instanceof Heading;
                boolean ruled = heading && ((Heading) node).getLevel() <= 2;
                if (ruled || first) {
                    attributes.put("class", ruled ? (first ? "ruledtop" : "ruled") : heading ? "headtop" : "top");
                }
            })
            .build();

    private Markdown() {}

    /** The HTML body for {@code markdown}; empty for null. */
    static String toHtml(String markdown) {
        return htmlOf(parse(markdown));
    }

    /** {@code markdown} parsed; an empty document for null or blank text. */
    static Node parse(String markdown) {
        return PARSER.parse(markdown == null || markdown.isBlank() ? "" : markdown);
    }

    /** The HTML body for a parsed document. */
    static String htmlOf(Node document) {
        return RENDERER.render(document);
    }

    /** Whether the text has a link, which makes its view a keyboard stop. */
    static boolean hasLink(String markdown) {
        return toHtml(markdown).contains("<a ");
    }

    /** Renders a thematic break as a thin rule in the divider colour; Swing draws {@code <hr>} as a bevel. */
    private static final class RuleAsBorder implements NodeRenderer {
        private final HtmlWriter html;

        RuleAsBorder(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ThematicBreak.class);
        }

        @Override
        public void render(Node node) {
            html.line();
            html.tag("div", Map.of("class", "rule"));
            html.tag("/div");
            html.line();
        }
    }

    /** Renders a Markdown image as its alt text, so nothing is fetched while painting. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlWriter html;

        ImageAsText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    alt.append(text.getLiteral());
                }
            }
            html.tag("span", Map.of("class", "image"));
            html.text(alt.length() > 0 ? alt.toString() : "[image]");
            html.tag("/span");
        }
    }
}
