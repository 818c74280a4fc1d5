package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.escrowbootstrap.model.DialogSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Renders the README's three screens and checks them. They go to {@code target/readme-screens/}; to refresh the
 * README's pictures run {@code mvn -q test -Dtest=ReadmeScreensTest -Dreadme.assets=assets}.
 */
@Timeout(120)
class ReadmeScreensTest {

    private final List<String> warnings = new ArrayList<>();

    private BufferedImage render(String name, DialogSpec spec) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(Path.of("target", "readme-screens")));
        String assets = System.getProperty("readme.assets");
        if (assets != null && !assets.isBlank()) {
            folders.add(Path.of(assets));
        }
        BufferedImage image = null;
        for (Path folder : folders) {
            Files.createDirectories(folder);
            RenderResult result =
                    DialogRenderer.renderPng(spec, folder.resolve("screen-" + name + ".png"), warnings::add);
            assertThat(result.ok()).as(result.error()).isTrue();
            image = ImageIO.read(result.file().toFile());
        }
        assertThat(warnings).isEmpty();
        return image;
    }

    private static boolean near(int argb, int rgb, int tolerance) {
        Color a = new Color(argb);
        Color b = new Color(rgb);
        return Math.abs(a.getRed() - b.getRed()) <= tolerance
                && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    private static int bluish(BufferedImage image, int x0, int y0, int width, int height) {
        int n = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getBlue() > c.getRed() + 60) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void messageScreen() throws IOException {
        BufferedImage image = render("message", ReadmeScreens.message());
        assertThat(image.getWidth()).isEqualTo(1520);
        assertThat(image.getHeight()).isEqualTo(960);
        assertThat(near(image.getRGB(760, 4), 0x1E3A5F, 40))
                .as("slate banner at the top")
                .isTrue();
    }

    @Test
    void passwordScreen() throws IOException {
        BufferedImage image = render("password", ReadmeScreens.password());
        int fieldsPanel = Look.colour("fields.background", Color.WHITE).getRGB();
        assertThat(DialogRendererTest.count(image, 420, 600, 1100, 300, fieldsPanel & 0xFFFFFF, 1))
                .as("the rounded fields panel")
                .isGreaterThan(20_000);
        assertThat(bluish(image, 960, 730, 540, 100))
                .as("the focus ring of the password field, which has the keyboard when the window opens")
                .isGreaterThan(1_500);
        assertThat(DialogRendererTest.count(
                        image, 1300, 820, 220, 140, Look.accent().getRGB() & 0xFFFFFF, 12))
                .as("the accent-coloured OK button, bottom right")
                .isGreaterThan(2_000);
    }

    @Test
    void resultScreen() throws IOException {
        BufferedImage image = render("result", ReadmeScreens.success());
        assertThat(DialogRendererTest.count(image, 0, 260, 440, 500, 0x34C759, 30))
                .as("the green check overlay in the icon column")
                .isGreaterThan(300);
    }
}
