package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JButton;
import javax.swing.SwingConstants;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.ButtonLook;
import org.escrowbootstrap.model.ButtonSymbol;
import org.escrowbootstrap.model.ButtonSymbols;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ControlSize;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ButtonSymbolIconTest {

    private static final int GREEN = 0x34C759;

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    private static ButtonBar bar(ButtonSymbols symbols) {
        Buttons buttons = new Buttons("Accept", false, "Next", "Info", null, false, null);
        ButtonLook look = new ButtonLook(ButtonLook.Arrangement.DEFAULT, ControlSize.REGULAR, symbols);
        return GuiActionRunner.execute(() -> new ButtonBar(buttons, null, UiWords.of("en"), false, look, 820));
    }

    /** The button painted alone at its preferred size, at twice the size as the PNG renderer paints. */
    private static BufferedImage painted(JButton button) {
        return GuiActionRunner.execute(() -> {
            Dimension size = button.getPreferredSize();
            button.setSize(size);
            button.doLayout();
            BufferedImage image = new BufferedImage(size.width * 2, size.height * 2, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(2, 2);
            button.paint(g);
            g.dispose();
            return image;
        });
    }

    /** Columns from {@code from} to {@code to} holding a clearly green pixel: the button itself is white and grey. */
    private static int greenColumns(BufferedImage image, int from, int to) {
        int count = 0;
        for (int x = from; x < to; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color c = new Color(image.getRGB(x, y), true);
                if (c.getAlpha() > 200 && c.getGreen() > c.getRed() + 40 && c.getGreen() > c.getBlue() + 40) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    @Test
    void leadingSymbol_isDrawnInItsColour_leftOfTheLabel() {
        ButtonBar bar = bar(new ButtonSymbols(
                new ButtonSymbol("checkmark.circle.fill", ButtonSymbol.Position.LEADING, 16, Colour.rgb(GREEN), null),
                null,
                null));
        JButton button1 = bar.button1();

        assertThat(button1.getIcon()).isInstanceOf(ButtonSymbolIcon.class);
        assertThat(button1.getIcon().getIconHeight()).isEqualTo(16);
        assertThat(button1.getHorizontalTextPosition()).isEqualTo(SwingConstants.TRAILING);
        BufferedImage image = painted(button1);
        int half = image.getWidth() / 2;
        assertThat(greenColumns(image, 0, half)).isGreaterThan(10); // the checkmark, about half of 16 points, at 2x
        assertThat(greenColumns(image, half, image.getWidth())).isZero();
        assertThat(bar.button2().getIcon()).isNull();
        assertThat(bar.infoButton().getIcon()).isNull();
    }

    @Test
    void symbolWithoutColour_takesTheLabelsColour_onTheOtherSideOrAbove() {
        ButtonBar bar = bar(new ButtonSymbols(
                null,
                new ButtonSymbol("xmark", ButtonSymbol.Position.TRAILING, 20, null, null),
                new ButtonSymbol("arrow.right", ButtonSymbol.Position.TOP, 16, null, null)));
        JButton button2 = bar.button2();

        assertThat(button2.getHorizontalTextPosition()).isEqualTo(SwingConstants.LEADING);
        assertThat(bar.infoButton().getVerticalTextPosition()).isEqualTo(SwingConstants.BOTTOM);
        Color label = button2.getForeground();
        BufferedImage icon = GuiActionRunner.execute(() -> {
            BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            button2.getIcon().paintIcon(button2, g, 0, 0);
            g.dispose();
            return image;
        });
        // the xmark's two strokes cross at the centre, fully covered: there the symbol is exactly the label's colour
        assertThat(new Color(icon.getRGB(10, 10), true)).isEqualTo(label);
        assertThat(button2.getPreferredSize().width)
                .isGreaterThan(GuiActionRunner.execute(() -> new JButton("Next").getPreferredSize().width) + 20);
        assertThat(bar.infoButton().getPreferredSize().height)
                .isGreaterThan(GuiActionRunner.execute(() -> new JButton("Info").getPreferredSize().height) + 12);
    }
}
