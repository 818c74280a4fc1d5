package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Renders dialogs to images and checks real pixels: sizes, banner colours, icons and overlays. */
@Timeout(120)
class DialogRendererTest {

    private static final WindowSpec LIGHT = WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT);

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static DialogSpecBuilder plain() {
        return DialogSpec.builder().window(LIGHT).title("Render").message("Hello.");
    }

    @Test
    void png_isTwiceTheWindowSize() throws IOException {
        Path png = dir.resolve("dialog.png");
        RenderResult result = DialogRenderer.renderPng(plain().build(), png, warnings::add);

        assertThat(result.ok()).isTrue();
        assertThat(result.file()).isEqualTo(png.toAbsolutePath());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1640).isEqualTo(result.width());
        assertThat(image.getHeight()).isEqualTo(760).isEqualTo(result.height());
        assertThat(warnings).isEmpty();
    }

    @Test
    void bannerFill_coversTheTopOfTheImage() {
        DialogSpec spec = plain().banner(new ImageRef.Fill(List.of(Colour.rgb(0x1E3A5F)), false, 0))
                .bannerHeight(110)
                .build();
        BufferedImage image = DialogRenderer.render(spec, 2, warnings::add);

        assertThat(rgb(image, 4, 4)).isEqualTo(0x1E3A5F);
        assertThat(rgb(image, 1630, 210))
                .as("still banner just above its 110 pt edge")
                .isEqualTo(0x1E3A5F);
        assertThat(rgb(image, 1630, 230))
                .as("window background below the banner")
                .isEqualTo(Look.background().getRGB() & 0xFFFFFF);
    }

    @Test
    void bannerImage_fillsTheWidthFromTheTopLeft_atMost130PointsHigh() throws IOException {
        // 850 x 150 as swiftDialog suggests: red on the left half, blue on the right, a green bottom stripe.
        BufferedImage banner = new BufferedImage(850, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = banner.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 425, 150);
        g.setColor(Color.BLUE);
        g.fillRect(425, 0, 425, 150);
        g.setColor(Color.GREEN);
        g.fillRect(0, 140, 850, 10);
        g.dispose();
        Path file = dir.resolve("banner.png");
        ImageIO.write(banner, "png", file.toFile());

        BufferedImage image = DialogRenderer.render(
                plain().banner(ImageRef.parse(file.toString())).build(), 2, warnings::add);

        assertThat(rgb(image, 10, 10)).isEqualTo(0xFF0000);
        assertThat(rgb(image, 1630, 10)).isEqualTo(0x0000FF);
        // Scaled to 820 wide it would be 145 high: the banner stops at 130 and crops the bottom (the green).
        assertThat(rgb(image, 10, 255)).isEqualTo(0xFF0000);
        assertThat(rgb(image, 10, 264)).isEqualTo(Look.background().getRGB() & 0xFFFFFF);
        assertThat(count(image, 0, 0, 1640, 270, 0x00FF00, 40)).isZero();
        assertThat(warnings).isEmpty();
    }

    @Test
    void bannerTitle_isDrawnInWhiteOverTheBanner() {
        DialogSpec spec = plain().banner(new ImageRef.Fill(List.of(Colour.rgb(0x000080)), false, 0))
                .bannerTitle(true)
                .bannerHeight(120)
                .build();
        BufferedImage image = DialogRenderer.render(spec, 2, warnings::add);

        assertThat(count(image, 0, 0, 1640, 240, 0xFFFFFF, 10))
                .as("white title pixels")
                .isGreaterThan(500);
    }

    @Test
    void overlay_isDrawnAtTheBottomRightOfTheIcon() {
        ImageRef green = new ImageRef.Symbol(
                "checkmark.circle.fill", Colour.rgb(0x00C000), null, null, Colour.argb(0)); // bgcolour=none
        DialogSpec without = plain().icon(IconSpec.of(new ImageRef.Builtin("info"), ImageRef.none()))
                .build();
        DialogSpec with = without.toBuilder()
                .icon(IconSpec.of(new ImageRef.Builtin("info"), green))
                .build();

        BufferedImage plainIcon = DialogRenderer.render(without, 2, warnings::add);
        BufferedImage badged = DialogRenderer.render(with, 2, warnings::add);

        // The icon frame is 150 pt from x = 25 pt, below the title area (about y = 83 pt); its picture area is
        // inset 10 pt and the overlay takes the bottom-right 40 % of it: x 113-165 pt, y 171-223 pt.
        assertThat(count(plainIcon, 0, 0, 420, 760, 0x00C000, 24)).isZero();
        assertThat(count(badged, 220, 330, 120, 130, 0x00C000, 24))
                .as("green at the bottom-right")
                .isGreaterThan(400);
        assertThat(count(badged, 60, 170, 140, 120, 0x00C000, 24))
                .as("none at the top-left")
                .isZero();
    }

    @Test
    void iconFile_isDrawnInTheIconColumn() throws IOException {
        Path icon = dir.resolve("blue.png");
        BufferedImage blue = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = blue.createGraphics();
        g.setColor(new Color(0x0000FF));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ImageIO.write(blue, "png", icon.toFile());

        BufferedImage image = DialogRenderer.render(
                plain().icon(IconSpec.of(ImageRef.parse(icon.toString()), ImageRef.none()))
                        .build(),
                2,
                warnings::add);

        assertThat(count(image, 0, 0, 420, 760, 0x0000FF, 4))
                .as("a 130 pt blue square at 2x")
                .isGreaterThan(60_000);
        assertThat(warnings).isEmpty();
    }

    @Test
    void darkAppearance_paintsADarkWindow() {
        BufferedImage image = DialogRenderer.render(
                plain().window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.DARK))
                        .build(),
                2,
                warnings::add);
        Color corner = new Color(image.getRGB(1630, 750));
        assertThat(corner.getRed() + corner.getGreen() + corner.getBlue()).isLessThan(3 * 80);
        DialogRenderer.render(plain().build(), 1, warnings::add); // back to light for the tests that follow
    }

    @Test
    void percentWidth_isTakenOfTheScreen() {
        WindowSpec half =
                new WindowSpec(50, true, 380, false, 1.0, null, false, false, WindowSpec.Appearance.LIGHT, 'q');
        BufferedImage image = DialogRenderer.render(plain().window(half).build(), 1, warnings::add);
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.isHeadless()
                ? WindowPlacement.VIRTUAL_SCREEN
                : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        assertThat(image.getWidth()).isEqualTo(screen.width / 2);
    }

    @Test
    void unreadableIcon_becomesAPlaceholder_andAWarning() {
        BufferedImage image = DialogRenderer.render(
                plain().icon(IconSpec.of(ImageRef.parse("/no/such/file.png"), ImageRef.none()))
                        .build(),
                2,
                warnings::add);
        assertThat(image.getWidth()).isEqualTo(1640);
        assertThat(warnings)
                .containsExactly("the icon could not be read: /no/such/file.png (no such file); showing a placeholder");
    }

    @Test
    void pathInAMissingFolder_isAClearError() {
        RenderResult result = DialogRenderer.renderPng(plain().build(), dir.resolve("nope/x.png"), warnings::add);
        assertThat(result.ok()).isFalse();
        assertThat(result.error())
                .startsWith("cannot write ")
                .contains("does not exist")
                .doesNotContain("Exception");
        assertThat(result.file()).isNull();
    }

    @Test
    void pathThatIsAFolder_isAClearError() {
        RenderResult result = DialogRenderer.renderPng(plain().build(), dir, warnings::add);
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("is a folder");
    }

    @Test
    void rendersWithoutAnyDisplay_inAHeadlessJvm() throws Exception {
        Path png = dir.resolve("headless.png");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                HeadlessRenderMain.class.getName(),
                png.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("written 1640x760").doesNotContain("Exception");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1640);
        assertThat(rgb(image, 4, 4)).as("the red banner").isEqualTo(0xFF0000);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** Pixels in the rectangle within {@code tolerance} of {@code rgb} in every channel. */
    static int count(BufferedImage image, int x0, int y0, int width, int height, int rgb, int tolerance) {
        int n = 0;
        for (int y = y0; y < Math.min(image.getHeight(), y0 + height); y++) {
            for (int x = x0; x < Math.min(image.getWidth(), x0 + width); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= tolerance
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= tolerance
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void button2Disabled_isDrawnGreyed_asTheWindowShowsIt() {
        org.escrowbootstrap.model.Buttons both = org.escrowbootstrap.model.Buttons.okCancel("OK", "Later");
        BufferedImage enabled = DialogRenderer.render(plain().buttons(both).build(), 1, warnings::add);
        BufferedImage disabled = DialogRenderer.render(
                plain().buttons(both.withButton2Disabled(true)).build(), 1, warnings::add);

        assertThat(darkPixels(disabled, 560, 330, 720, 375))
                .as("button 2's label is lighter when disabled")
                .isLessThan(darkPixels(enabled, 560, 330, 720, 375) / 2);
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
