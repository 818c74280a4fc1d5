package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Insets;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextStyle;

/**
 * The title area under the banner: the bold title, the subtitle at ten points less, and a divider. A title or
 * subtitle too long for the window wraps onto more lines.
 */
final class TitleArea extends JPanel {

    /** The area, {@code width} points wide once laid out: the width the title first wraps to. */
    TitleArea(DialogSpec spec, int width) {
        Insets insets = Look.insets("title.insets", new Insets(4, 0, 10, 0));
        setLayout(new MigLayout(
                "fillx, wrap 1, gap 0, insets " + insets.top + " " + insets.left + " " + insets.bottom + " "
                        + insets.right,
                "[grow, fill]"));
        setName("titleArea");
        setOpaque(false);
        TextStyle style = spec.titleStyle();
        float size = style.size() != null ? style.size() : Look.size("title.size", 30);
        Alignment alignment = style.alignment() != null ? style.alignment() : Alignment.CENTRE;
        int offset = style.offset() != null ? style.offset() : 0;
        Color colour = style.colour() != null ? Look.resolve(style.colour()) : Look.foreground();
        Color shadow = style.shadow() ? Look.colour("banner.shadow", new Color(0, 0, 0, 0x66)) : null;
        TextLine title =
                new TextLine(spec.title(), Fonts.of(style, size, FontWeight.BOLD), colour, alignment, offset, shadow);
        title.setName("title");
        int room = width - insets.left - insets.right;
        title.wrapAt(room);
        title.shrinkToLines(2, Math.max(Look.size("title.leastSize", 16), size * 0.6f));
        add(title);
        if (spec.subtitle() != null && !spec.subtitle().isBlank()) {
            float subtitleSize = Math.max(9f, size - Look.size("title.subtitleDelta", 10));
            TextLine subtitle = new TextLine(
                    spec.subtitle(),
                    Fonts.of(style.fontName(), FontWeight.REGULAR, subtitleSize),
                    colour,
                    alignment,
                    offset,
                    null);
            subtitle.setName("subtitle");
            subtitle.wrapAt(room);
            add(subtitle);
        }
        JSeparator divider = new JSeparator();
        divider.setName("divider");
        divider.setForeground(Look.colour("divider", divider.getForeground()));
        add(divider, "gaptop " + Look.size("title.dividerGap", 8));
    }
}
