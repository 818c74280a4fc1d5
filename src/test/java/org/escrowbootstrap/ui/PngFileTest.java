package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFileTest {

    @TempDir
    Path dir;

    @Test
    void anOpaqueScreen_isWrittenWithoutAlpha_andReadsBackPixelForPixel() throws IOException {
        BufferedImage screen = screen(true);

        BufferedImage back = writtenAndReadBack(screen);

        assertThat(back.getColorModel().hasAlpha()).isFalse();
        assertSamePixels(back, screen);
    }

    @Test
    void anImageWithTransparentPixels_keepsItsAlpha() throws IOException {
        BufferedImage screen = screen(false);

        BufferedImage back = writtenAndReadBack(screen);

        assertThat(back.getColorModel().hasAlpha()).isTrue();
        assertThat(back.getRGB(0, 0) >>> 24).isZero();
        assertSamePixels(back, screen);
    }

    @Test
    void theRgbView_sharesThePixelsInsteadOfCopyingThem() {
        BufferedImage screen = screen(true);

        BufferedImage rgb = PngFile.withoutAlphaIfOpaque(screen);

        assertThat(rgb.getColorModel().hasAlpha()).isFalse();
        assertThat(rgb.getRaster().getDataBuffer()).isSameAs(screen.getRaster().getDataBuffer());
        BufferedImage corners = screen(false);
        assertThat(PngFile.withoutAlphaIfOpaque(corners)).isSameAs(corners);
    }

    @Test
    void overABiggerOldFile_theNewPngIsWholeAndNothingMore() throws IOException {
        Path png = dir.resolve("screen.png");
        Files.write(png, new byte[3_000_000]);

        PngFile.write(screen(true), png.toFile());

        assertThat(Files.size(png)).isLessThan(3_000_000);
        assertSamePixels(ImageIO.read(png.toFile()), screen(true));
    }

    @Test
    void aRenderedScreen_isSmallerThanTheJdksDefaultEncodingMadeIt() throws IOException {
        BufferedImage screen = DialogRenderer.render(ReadmeScreens.password(), DialogRenderer.SCALE, warning -> {});
        Path ours = dir.resolve("ours.png");
        Path jdk = dir.resolve("jdk.png");

        PngFile.write(screen, ours.toFile());
        ImageIO.write(screen, "png", jdk.toFile());

        assertThat(Files.size(ours)).isLessThan(Files.size(jdk));
    }

    @Test
    void aPlaceThatCannotBeWritten_failsWithTheSystemsReason() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        assertThatThrownBy(() -> PngFile.write(
                        screen(true), notAFolder.resolve("screen.png").toFile()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("screen.png")
                .hasMessageContaining("Not a directory");
    }

    private BufferedImage writtenAndReadBack(BufferedImage image) throws IOException {
        Path png = dir.resolve("written.png");
        PngFile.write(image, png.toFile());
        return ImageIO.read(png.toFile());
    }

    /** A window-like picture: a gradient banner, text and a rounded button; with transparent corners if not opaque. */
    private static BufferedImage screen(boolean opaque) {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF3F3F2));
            if (opaque) {
                g.fillRect(0, 0, 320, 200);
            } else {
                g.fillRoundRect(0, 0, 320, 200, 24, 24);
            }
            g.setPaint(new GradientPaint(0, 0, new Color(0x2E4A62), 320, 0, new Color(0x1B2B3A)));
            g.fillRect(12, 12, 296, 60);
            g.setColor(Color.DARK_GRAY);
            g.drawString("Enter your Mac login password", 20, 110);
            g.setColor(new Color(0x007AFF));
            g.fillRoundRect(220, 150, 80, 30, 12, 12);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (actual.getRGB(x, y) != expected.getRGB(x, y)) {
                    throw new AssertionError(
                            "pixel " + x + "," + y + " differs: " + Integer.toHexString(actual.getRGB(x, y))
                                    + " instead of " + Integer.toHexString(expected.getRGB(x, y)));
                }
            }
        }
    }
}
