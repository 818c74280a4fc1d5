package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --screenshot} with {@code --commandfile}: the state the file's lines lead to paints exactly as the same
 * state given as options.
 */
class CommandFileScreenshotTest {

    private static final List<String> BASE = List.of(
            "--title",
            "Before",
            "--message",
            "Before",
            "--width",
            "700",
            "--height",
            "420",
            "--progress",
            "10",
            "--listitem",
            "Rosetta",
            "--listitem",
            "Teams",
            "--listitem",
            "Office");

    @TempDir
    Path dir;

    private int shots;

    private BufferedImage shot(List<String> options) throws Exception {
        Path png = dir.resolve("shot" + (++shots) + ".png");
        List<String> args = new ArrayList<>(List.of("dialog", "--screenshot", png.toString()));
        args.addAll(options);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return ImageIO.read(png.toFile());
    }

    private BufferedImage throughTheFile(String lines) throws Exception {
        Path log = Files.writeString(dir.resolve("dialog" + shots + ".log"), lines);
        List<String> options = new ArrayList<>(BASE);
        options.addAll(List.of("--commandfile", log.toString()));
        return shot(options);
    }

    private BufferedImage asOptions(String... options) throws Exception {
        List<String> all = new ArrayList<>(BASE);
        all.addAll(List.of(options));
        return shot(all);
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        assertThat(differ).as("pixels that differ").isZero();
    }

    @Test
    void titleMessageAndProgressText_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile("title: After\nmessage: Now **this**\nmessage: + and that\nprogresstext: Step 2\n"),
                shot(List.of(
                        "--title",
                        "After",
                        "--message",
                        "Now **this**  \nand that",
                        "--width",
                        "700",
                        "--height",
                        "420",
                        "--progress",
                        "10",
                        "--progresstext",
                        "Step 2",
                        "--listitem",
                        "Rosetta",
                        "--listitem",
                        "Teams",
                        "--listitem",
                        "Office")));
    }

    @Test
    void listItemStatuses_inBothForms_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile("listitem: Rosetta: success\n"
                        + "listitem: title: Teams, status: wait, statustext: Installing\n"
                        + "listitem: index: 2, status: fail, statustext: Failed\n"),
                shot(List.of(
                        "--title",
                        "Before",
                        "--message",
                        "Before",
                        "--width",
                        "700",
                        "--height",
                        "420",
                        "--progress",
                        "10",
                        "--listitem",
                        "Rosetta,status=success",
                        "--listitem",
                        "Teams,status=wait,statustext=Installing",
                        "--listitem",
                        "Office,status=fail,statustext=Failed")));
    }

    @Test
    void buttonsIconAndInfo_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile("button1text: Continue\nbutton1: disable\ninfotext: v1.0\nicon: caution\n"
                        + "infobox: **Mac**\n"),
                asOptions(
                        "--button1text",
                        "Continue",
                        "--button1disabled",
                        "--infotext",
                        "v1.0",
                        "--icon",
                        "caution",
                        "--infobox",
                        "**Mac**"));
    }

    @Test
    void alignmentTitleFontAndCentredIcon_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile("titlefont: size=30 colour=#C4281C\nalignment: centre\nicon: centre\nicon: size: 90\n"
                        + "overlayicon: caution\n"),
                asOptions(
                        "--titlefont",
                        "size=30,colour=#C4281C",
                        "--messagealignment",
                        "centre",
                        "--centreicon",
                        "--iconsize",
                        "90",
                        "--overlayicon",
                        "caution"));
    }

    @Test
    void iconAlpha_paintsAsTheOption_andFadesTheIcon() throws Exception {
        BufferedImage faded = throughTheFile("iconalpha: 0.3\n");
        assertSamePixels(faded, asOptions("--iconalpha", "0.3"));
        BufferedImage opaque = asOptions();
        int differ = 0;
        for (int y = 150; y < 500; y++) {
            for (int x = 40; x < 360; x++) {
                differ += faded.getRGB(x, y) != opaque.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differ).as("icon pixels changed by the opacity").isGreaterThan(1000);
    }

    @Test
    void bannerAndTitleOverIt_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile(
                        "icon: caution\nbannerimage: colour=#1E3A5F\nbannertext: Welcome\ntitlefont: colour=#FFFFFF\n"),
                shot(List.of(
                        "--title",
                        "Welcome",
                        "--message",
                        "Before",
                        "--width",
                        "700",
                        "--height",
                        "420",
                        "--progress",
                        "10",
                        "--listitem",
                        "Rosetta",
                        "--listitem",
                        "Teams",
                        "--listitem",
                        "Office",
                        "--icon",
                        "caution",
                        "--bannerimage",
                        "colour=#1E3A5F",
                        "--bannertitle")));
    }

    @Test
    void listItemSubtitlesIconsAndRings_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile("listitem: index: 0, subtitle: Apple silicon, icon: SF=cpu, status: progress,"
                        + " progress: 40\nlistitem: title: Teams, status: star.fill-orange\n"),
                shot(List.of(
                        "--title",
                        "Before",
                        "--message",
                        "Before",
                        "--width",
                        "700",
                        "--height",
                        "420",
                        "--progress",
                        "10",
                        "--jsonstring",
                        "{\"listitem\": [{\"title\": \"Rosetta\", \"subtitle\": \"Apple silicon\", \"icon\":"
                                + " \"SF=cpu\", \"status\": \"progress\", \"progress\": 40}, {\"title\": \"Teams\","
                                + " \"status\": \"star.fill-orange\"}, \"Office\"]}")));
    }

    @Test
    void listReplaced_andWindowResized_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile("list: A, B\nwidth: 760\nheight: 400\n"),
                shot(List.of(
                        "--title",
                        "Before",
                        "--message",
                        "Before",
                        "--width",
                        "760",
                        "--height",
                        "400",
                        "--progress",
                        "10",
                        "--listitem",
                        "A",
                        "--listitem",
                        "B")));
    }

    @Test
    void imagesAndACaption_paintAsOptions() throws Exception {
        assertSamePixels(
                throughTheFile("image: caution\nimage: warning\nimagecaption: Step one\n"),
                asOptions("--image", "caution", "--image", "warning", "--imagecaption", "Step one"));
    }

    @Test
    void imagesHiddenOrCleared_paintAsNoImages() throws Exception {
        BufferedImage none = asOptions();
        assertSamePixels(throughTheFile("image: caution\nimage: hide\n"), none);
        assertSamePixels(throughTheFile("image: caution\nimage: clear\n"), none);
    }

    @Test
    void aNewMessage_hidesTheImages_asSwiftDialogs() throws Exception {
        assertSamePixels(
                throughTheFile("image: caution\nmessage: After\n"),
                shot(List.of(
                        "--title",
                        "Before",
                        "--message",
                        "After",
                        "--width",
                        "700",
                        "--height",
                        "420",
                        "--progress",
                        "10",
                        "--listitem",
                        "Rosetta",
                        "--listitem",
                        "Teams",
                        "--listitem",
                        "Office")));
    }

    @Test
    void blurScreen_isNotInThePicture_fromTheFileOrAsAnOption() throws Exception {
        BufferedImage plain = asOptions();
        assertSamePixels(throughTheFile("blurscreen: enable\n"), plain);
        assertSamePixels(asOptions("--blurscreen"), plain);
    }

    @Test
    void presentation_listProgressTextAndInfoBox_paintAsOptions() throws Exception {
        Path log = Files.writeString(
                dir.resolve("presentation.log"),
                "listitem: Rosetta: success\nprogresstext: Step 2\ninfobox: **Mac**\n");
        List<String> live = new ArrayList<>(BASE);
        live.addAll(List.of("--presentation", "--commandfile", log.toString()));
        assertSamePixels(
                shot(live),
                shot(List.of(
                        "--presentation",
                        "--title",
                        "Before",
                        "--message",
                        "Before",
                        "--width",
                        "700",
                        "--height",
                        "420",
                        "--progress",
                        "10",
                        "--progresstext",
                        "Step 2",
                        "--infobox",
                        "**Mac**",
                        "--listitem",
                        "Rosetta,status=success",
                        "--listitem",
                        "Teams",
                        "--listitem",
                        "Office")));
    }
}
