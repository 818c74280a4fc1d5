package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import javax.swing.JLabel;
import org.escrowbootstrap.model.FontWeight;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeasuredFontTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String[] TEXTS = {"W", "i", "Bootstrap", "Token escrowed.", "Grüße, 東京 🔒", " "};

    @BeforeAll
    static void inter() {
        Fonts.loadInter();
    }

    @Test
    void aLetterSpacedFontMeasuresAsTheShaperDoes() {
        Font font = Fonts.inter(FontWeight.REGULAR, 17);
        assertThat(font).isInstanceOf(MeasuredFont.class);

        for (String text : TEXTS) {
            TextLayout layout = new TextLayout(text, font, FRC);
            for (int round = 0; round < 2; round++) { // measured, then remembered
                Rectangle2D bounds = font.getStringBounds(text, FRC);
                assertThat(bounds.getWidth()).as(text).isEqualTo(layout.getAdvance(), within());
                assertThat(bounds.getHeight())
                        .as(text)
                        .isEqualTo(layout.getAscent() + layout.getDescent() + layout.getLeading(), within());
            }
        }
    }

    @Test
    void rememberedBoundsAreCopiesACallerMayChange() {
        Font font = Fonts.inter(FontWeight.REGULAR, 15);
        Rectangle2D first = font.getStringBounds("Changed", FRC);
        double width = first.getWidth();
        first.setRect(0, 0, 1, 1);

        assertThat(font.getStringBounds("Changed", FRC).getWidth()).isEqualTo(width);
    }

    @Test
    void aLabelsMetricsGiveAwtsWidthsForEveryText() {
        Font font = Fonts.inter(FontWeight.SEMIBOLD, 13);
        JLabel plain = new JLabel();
        MeasuredLabel measured = new MeasuredLabel();
        FontMetrics awt = plain.getFontMetrics(font);
        FontMetrics remembered = measured.getFontMetrics(font);

        assertThat(remembered).isNotSameAs(awt);
        assertThat(remembered.getFont()).isInstanceOf(MeasuredFont.class);
        for (String text : TEXTS) {
            for (int round = 0; round < 2; round++) {
                assertThat(remembered.stringWidth(text)).as(text).isEqualTo(awt.stringWidth(text));
                char[] chars = ("«" + text + "»").toCharArray();
                assertThat(remembered.charsWidth(chars, 1, text.length()))
                        .as(text)
                        .isEqualTo(awt.charsWidth(chars, 1, text.length()));
            }
            assertThat(remembered.charWidth(text.charAt(0))).isEqualTo(awt.charWidth(text.charAt(0)));
        }
        assertThat(remembered.getHeight()).isEqualTo(awt.getHeight());
        assertThat(remembered.getAscent()).isEqualTo(awt.getAscent());
    }

    @Test
    void aFontWithoutLetterSpacingIsLeftToAwt() {
        Font plainFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

        assertThat(MeasuredFont.of(plainFont)).isSameAs(plainFont);
        FontMetrics awt = new JLabel().getFontMetrics(plainFont);
        assertThat(MeasuredFont.metrics(plainFont, awt)).isSameAs(awt);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-4);
    }
}
