package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.image.BufferedImage;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --eula}: the message as written, monospaced at 12 points, in the editor-coloured box. */
class EulaTextTest {

    private static final String LICENCE = "# Licence\n\n1. Use it **well**.\n2. Have fun.";

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    private static DialogSpec eula() {
        return DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .title("Licence")
                .message(LICENCE)
                .eula(true)
                .build();
    }

    @Test
    void theMessage_isPlainMonospacedText_notMarkdown() {
        JTextArea text = GuiActionRunner.execute(() -> {
            DialogSpec spec = eula();
            DialogContent content = new DialogContent(
                    spec, ScreenImages.now(spec, new ImageLoader(w -> {})), new Dimension(820, 380), uri -> {});
            return (JTextArea) content.message().text();
        });

        assertThat(text.getText()).isEqualTo(LICENCE);
        assertThat(text.getFont().getFamily()).isEqualTo(Font.MONOSPACED);
        assertThat(text.getFont().getSize()).isEqualTo(12);
        assertThat(text.isEditable()).isFalse();
    }

    @Test
    void theBox_isWhite_onTheGreyWindow() {
        BufferedImage image = DialogRenderer.render(eula(), 1, w -> {});
        int boxPixel = image.getRGB(780, 300) & 0xFFFFFF; // right of the short lines, inside the box
        assertThat(boxPixel).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(5, 300) & 0xFFFFFF).isEqualTo(Look.background().getRGB() & 0xFFFFFF);

        DialogSpec markdown = eula().toBuilder().eula(false).build();
        assertThat(DialogRenderer.render(markdown, 1, w -> {}).getRGB(780, 300) & 0xFFFFFF)
                .as("without --eula there is no box")
                .isEqualTo(Look.background().getRGB() & 0xFFFFFF);
    }
}
