package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** swiftDialog's full-screen view drawn without a window: its size, its dark ground, its large light text. */
class FullScreenLayoutTest {

    private final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    private static DialogSpecBuilder fullScreen() {
        return DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .fullScreen(true)
                .title("Welcome")
                .message("Your Mac is ready.")
                .icon(IconSpec.of(ImageRef.parse("SF=gearshape.fill"), ImageRef.none()))
                .buttons(Buttons.okCancel("OK", "Quit"));
    }

    @Test
    void aScreenshot_isTheFixedScreenSize_onSwiftDialogsDarkGradient_withoutButtons() {
        BufferedImage image = DialogRenderer.render(fullScreen().build(), 1, warnings::add);

        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("slate at the top").isEqualTo(0x252535);
        Color foot = new Color(image.getRGB(2, 897));
        assertThat(foot.getRed() + foot.getGreen() + foot.getBlue())
                .as("black at the foot")
                .isLessThan(6);
        // no button anywhere along the foot: only the gradient's greys
        for (int x = 0; x < 1440; x += 4) {
            Color c = new Color(image.getRGB(x, 860));
            assertThat(Math.abs(c.getRed() - c.getBlue())).as("grey at x=" + x).isLessThan(20);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void theTitle_doublesItsSize_andTheMessage_is40PointsWhite_onAScreenUpTo1440High() {
        DialogSpec large = FullScreenLayout.large(fullScreen().build(), new Dimension(1440, 900));

        assertThat(large.titleStyle().size()).isEqualTo(60f);
        assertThat(large.titleStyle().colour()).isEqualTo(Colour.rgb(0xFFFFFF));
        assertThat(large.messageStyle().size()).isEqualTo(40f);
        assertThat(large.messageStyle().colour()).isEqualTo(Colour.rgb(0xFFFFFF));
        assertThat(large.icon().size()).isEqualTo(900 / 3 - 80);
    }

    @Test
    void aTallerScreen_drawsLargerStill_andAGivenTitleColourAndSizeCount() {
        DialogSpec spec = fullScreen()
                .titleStyle(TextStyle.defaults().withSize(20f).withColour(Colour.rgb(0xFFCC00)))
                .build();
        DialogSpec large = FullScreenLayout.large(spec, new Dimension(2560, 1600));

        assertThat(large.titleStyle().size()).isEqualTo(80f);
        assertThat(large.titleStyle().colour()).isEqualTo(Colour.rgb(0xFFCC00));
        assertThat(large.messageStyle().size()).isEqualTo(60f);
    }

    @Test
    void aSymbolWithoutAColour_isWhiteOnTheDarkGround() {
        BufferedImage image =
                DialogRenderer.render(fullScreen().title(null).message(null).build(), 1, warnings::add);
        int white = 0;
        for (int y = 0; y < 450; y++) {
            for (int x = 520; x < 920; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        assertThat(white).as("white pixels of the gear").isGreaterThan(5_000);
    }
}
