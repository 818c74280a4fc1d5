package org.escrowbootstrap.ui;

import java.awt.Color;
import java.net.URI;
import java.util.function.Consumer;
import javax.swing.JComponent;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.FontWeight;

/** The info box under the icon: small grey Markdown ("System Info" and a few lines), clipped, never scrolling. */
final class InfoBox {

    private InfoBox() {}

    /** The info box's look: small grey text, headings near the reference's "System Info" size. */
    static MarkdownView.Style style() {
        float size = Look.number("infoBox.size", 15);
        float heading = Look.number("infoBox.heading.size", 20);
        // Headings of any level come out near the reference's "System Info" size, lower levels a little smaller.
        float h = heading / size;
        float[] scale = {h * 1.1f, h * 1.05f, h, h * 0.9f, h * 0.8f, h * 0.75f};
        return new MarkdownView.Style(
                Fonts.inter(FontWeight.REGULAR, size),
                Look.secondary(),
                Look.colour("link", Look.accent()),
                Look.colour("divider", Color.LIGHT_GRAY),
                Look.colour("code.background", new Color(0xE6E6E3)),
                Look.colour("table.border", Color.LIGHT_GRAY),
                Look.number("infoBox.lineHeight", 1.2f),
                Alignment.LEFT,
                scale,
                Look.number("infoBox.headingGap", 0.55f),
                false);
    }

    /** The info box from its text parsed ahead ({@link ScreenText}). */
    static JComponent create(int width, ScreenText.Text text, Consumer<URI> links) {
        MarkdownText markdown = MarkdownView.create(text.parsed(), text.style(), links);
        markdown.wrapAt(width);
        JComponent view = markdown.component();
        view.setName("infoBox");
        view.getAccessibleContext().setAccessibleName("Information");
        // A keyboard stop only when there is something to do in it: a link.
        view.setFocusable(text.parsed().hasLink());
        return view;
    }
}
