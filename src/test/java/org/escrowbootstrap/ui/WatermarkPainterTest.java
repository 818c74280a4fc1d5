package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Watermark;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code --background} picture: where swiftDialog's watermark layer puts it, and that the screen shows it. */
class WatermarkPainterTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static Watermark watermark(Watermark.Position position, Watermark.Fill fill) {
        return new Watermark(new ImageRef.FilePath("/bg.png"), 1, position, fill);
    }

    @Test
    void ownSize_sitsAtTheNamedCornerOrEdge() {
        assertThat(WatermarkPainter.place(
                        watermark(Watermark.Position.TOPLEFT, Watermark.Fill.NONE), 100, 50, 800, 400))
                .isEqualTo(new Rectangle2D.Double(0, 0, 100, 50));
        assertThat(WatermarkPainter.place(watermark(Watermark.Position.CENTER, Watermark.Fill.NONE), 100, 50, 800, 400))
                .isEqualTo(new Rectangle2D.Double(350, 175, 100, 50));
        assertThat(WatermarkPainter.place(
                        watermark(Watermark.Position.BOTTOMRIGHT, Watermark.Fill.NONE), 100, 50, 800, 400))
                .isEqualTo(new Rectangle2D.Double(700, 350, 100, 50));
        assertThat(WatermarkPainter.place(watermark(Watermark.Position.RIGHT, Watermark.Fill.NONE), 100, 50, 800, 400))
                .isEqualTo(new Rectangle2D.Double(700, 175, 100, 50));
    }

    @Test
    void fill_coversTheWindow_cuttingTheOverflow_andFit_showsItWhole() {
        // a square picture in a 2:1 window
        assertThat(WatermarkPainter.place(
                        watermark(Watermark.Position.CENTER, Watermark.Fill.FILL), 100, 100, 800, 400))
                .isEqualTo(new Rectangle2D.Double(0, -200, 800, 800));
        assertThat(WatermarkPainter.place(watermark(Watermark.Position.TOP, Watermark.Fill.FILL), 100, 100, 800, 400))
                .as("aligned to the top, the bottom is cut")
                .isEqualTo(new Rectangle2D.Double(0, 0, 800, 800));
        assertThat(WatermarkPainter.place(watermark(Watermark.Position.CENTER, Watermark.Fill.FIT), 100, 100, 800, 400))
                .isEqualTo(new Rectangle2D.Double(200, 0, 400, 400));
        assertThat(WatermarkPainter.place(watermark(Watermark.Position.LEFT, Watermark.Fill.FIT), 100, 100, 800, 400))
                .isEqualTo(new Rectangle2D.Double(0, 0, 400, 400));
    }

    @Test
    void theScreen_showsThePicture_behindTheContent_atItsOpacity() throws Exception {
        BufferedImage red = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        Path file = dir.resolve("red.png");
        ImageIO.write(red, "png", file.toFile());
        DialogSpecBuilder spec = DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .title(null)
                .message("Hello.");

        BufferedImage opaque = DialogRenderer.render(
                spec.watermark(new Watermark(
                                new ImageRef.FilePath(file.toString()),
                                1,
                                Watermark.Position.BOTTOMRIGHT,
                                Watermark.Fill.NONE))
                        .build(),
                1,
                warnings::add);
        assertThat(opaque.getRGB(815, 375) & 0xFFFFFF).as("inside the picture").isEqualTo(0xFF0000);
        assertThat(opaque.getRGB(700, 375) & 0xFFFFFF)
                .as("left of it, the window's own background")
                .isEqualTo(Look.background().getRGB() & 0xFFFFFF);

        BufferedImage half = DialogRenderer.render(
                spec.watermark(new Watermark(
                                new ImageRef.FilePath(file.toString()),
                                0.5,
                                Watermark.Position.CENTER,
                                Watermark.Fill.FILL))
                        .build(),
                1,
                warnings::add);
        Color blended = new Color(half.getRGB(5, 375));
        Color background = Look.background();
        assertThat(blended.getRed())
                .as("red over the background, half and half")
                .isBetween(240, 255);
        assertThat(blended.getGreen()).isBetween(background.getGreen() / 2 - 3, background.getGreen() / 2 + 3);
        assertThat(warnings).isEmpty();
    }

    @Test
    void anUnreadablePicture_drawsNothing_withOneWarning() {
        DialogSpec spec = DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .title(null)
                .message("Hello.")
                .watermark(new Watermark(
                        new ImageRef.FilePath(dir.resolve("missing.heic").toString()),
                        1,
                        Watermark.Position.CENTER,
                        Watermark.Fill.FILL))
                .build();
        BufferedImage image = DialogRenderer.render(spec, 1, warnings::add);

        assertThat(image.getRGB(410, 300) & 0xFFFFFF)
                .isEqualTo(Look.background().getRGB() & 0xFFFFFF);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .startsWith("the background image could not be read")
                .endsWith("none is drawn");
    }
}
