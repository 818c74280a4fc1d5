package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.JComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProseViewTest {

    private static final MarkdownView.Style STYLE = MarkdownViewTest.style(Alignment.LEFT, 1.27f);

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    private static ProseView prose(String markdown, MarkdownView.Style style) {
        return GuiActionRunner.execute(
                () -> new ProseView(Prose.of(Markdown.parse(markdown)).orElseThrow(), style));
    }

    private static MarkdownView html(String markdown, MarkdownView.Style style) {
        return GuiActionRunner.execute(
                () -> new MarkdownView(MarkdownView.parseAsHtml(Markdown.parse(markdown), style), style, uri -> {}));
    }

    /** The same Markdown drawn 583 px wide by the HTML view and by the prose view, which must be as tall. */
    private record Painted(BufferedImage html, BufferedImage prose) {}

    private static Painted paintBoth(String markdown, MarkdownView.Style style) {
        MarkdownView full = html(markdown, style);
        ProseView light = prose(markdown, style);
        int height = heightAt(full, 583);
        assertThat(heightAt(light, 583)).as("height, %s", markdown).isEqualTo(height);
        return new Painted(paint(full, 583, height), paint(light, 583, height));
    }

    private static int heightAt(JComponent view, int width) {
        return GuiActionRunner.execute(() -> {
            view.setSize(new Dimension(width, Short.MAX_VALUE));
            return view.getPreferredSize().height;
        });
    }

    /** Prose as the escrow's screens and the info box show it. */
    static Stream<String> prose() {
        return Stream.of(
                "Good evening, Avery.\n\nThis Mac's **Bootstrap Token** is not yet stored with your organisation's"
                        + " device management. Once it is, the Mac can install updates without asking for an"
                        + " administrator password.\n\nEnter your Mac login password to store it. It is used for"
                        + " *this step only*.",
                "### Storing the Bootstrap Token…\n\nThis takes a few seconds. Please leave this window open.",
                "# Welcome\n\nA first paragraph.\n\n## Next\n\nMore text.",
                "**System Info**\n\nApple M3 Pro\nK7WQ3XN9LP\n36 GB memory\nmacOS 15.3.1");
    }

    @ParameterizedTest
    @MethodSource("prose")
    void isAsTallAsTheHtmlViewOfTheSameText_atEveryWidth(String markdown) {
        for (int width : new int[] {320, 450, 583}) {
            int light = heightAt(prose(markdown, STYLE), width);
            int full = heightAt(html(markdown, STYLE), width);
            assertThat(light).as("%d px wide", width).isCloseTo(full, org.assertj.core.data.Offset.offset(2));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "**System Info**\n\nApple M3 Pro\nK7WQ3XN9LP\n36 GB memory\nmacOS 15.3.1",
                "### Heading\n\nApple M3 Pro\nK7WQ3XN9LP\n\n*Preview:* bootstrap"
            })
    void isAsTallAsTheHtmlViewInTheInfoBoxStyle(String markdown) {
        MarkdownView.Style style = InfoBox.style();
        assertThat(heightAt(prose(markdown, style), 170)).isEqualTo(heightAt(html(markdown, style), 170));
    }

    @ParameterizedTest
    @MethodSource("prose")
    void paintsProsePixelForPixelAsTheHtmlView(String markdown) {
        for (MarkdownView.Style style : List.of(
                STYLE,
                MarkdownViewTest.style(Alignment.CENTRE, 1.06f),
                MarkdownViewTest.style(Alignment.RIGHT, 1.27f),
                InfoBox.style())) {
            Painted both = paintBoth(markdown, style);
            assertThat(differingPixels(both.html(), both.prose()))
                    .as("pixels that differ, %s, %s", style.alignment(), markdown)
                    .isEmpty();
        }
    }

    @Test
    void drawsWhatInterLacksWithTheSystemsFallbackFonts_asTheHtmlViewDoes() {
        String cjk = "日本語のテキストです。";
        assertThat(java.util.Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                                .getAllFonts())
                        .anyMatch(font -> font.canDisplayUpTo(cjk) == -1))
                .as("a font with Japanese glyphs is installed (.ci/run installs fonts-droid-fallback)")
                .isTrue();
        String markdown = cjk + " Grüße, Ελληνικά, Кириллица and **bold 中文**.";
        MarkdownView full = html(markdown, STYLE);
        int height = heightAt(full, 583);
        BufferedImage expected = paint(full, 583, height);
        BufferedImage actual = paint(prose(markdown, STYLE), 583, height);
        assertThat(differingPixels(expected, actual)).isEmpty();
        BufferedImage boxes = paint(prose("\u0378\u0379\u0380\u0381\u0382\u0383", STYLE), 583, height);
        assertThat(differingPixels(boxes, actual))
                .as("not drawn as empty boxes")
                .isNotEmpty();
    }

    @Test
    void runsHebrewAndEnglishLeftToRight_onTheLinesOfTheHtmlView() {
        String markdown = "שלום עולם, Hebrew first and then English, written left to right as the HTML view runs it.";
        for (MarkdownView.Style style : List.of(STYLE, MarkdownViewTest.style(Alignment.RIGHT, 1.27f))) {
            Painted both = paintBoth(markdown, style);
            // The same lines with the Hebrew first on the left; glyphs after it may sit a pixel apart.
            assertThat(inkRows(both.prose())).usingRecursiveComparison().isEqualTo(inkRows(both.html()));
            assertThat(inkColumns(both.prose())).containsExactlyElementsOf(inkColumns(both.html()));
        }
    }

    @Test
    void strikesThroughStruckText_whichSwingsHtmlViewLeftPlain() {
        BufferedImage plain = paint(prose("Old text.", STYLE), 300, 40);
        BufferedImage struck = paint(prose("~~Old text.~~", STYLE), 300, 40);
        assertThat(differingPixels(plain, struck)).isNotEmpty();
        assertThat(inkRows(struck)).hasSameSizeAs(inkRows(plain)); // the line crosses the letters, on their row
    }

    @Test
    void wrapsMoreLinesWhenNarrower_andPaintsEachOne() {
        String text = "A long line of text that has to wrap when the view is narrow enough to force it.";
        ProseView view = prose(text, STYLE);
        int wide = heightAt(view, 900);
        int narrow = heightAt(view, 200);
        assertThat(narrow).isGreaterThan(wide * 3);

        // one band of ink per line, as many as the extra height holds, evenly spaced
        List<int[]> bands = inkRows(paint(view, 200, narrow));
        int pitch = bands.get(1)[0] - bands.get(0)[0];
        assertThat(bands).hasSize(1 + Math.round((narrow - wide) / (float) pitch));
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i)[0] - bands.get(i - 1)[0]).isCloseTo(pitch, org.assertj.core.data.Offset.offset(3));
        }
    }

    @Test
    void centredTextHasItsInkInTheMiddle() {
        ProseView view = prose("Short line.", MarkdownViewTest.style(Alignment.CENTRE, 1.27f));
        BufferedImage image = paint(view, 600, heightAt(view, 600));
        int left = 600;
        int right = 0;
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) >>> 24) > 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        assertThat(left).isGreaterThan(150);
        assertThat((left + right) / 2).isCloseTo(300, org.assertj.core.data.Offset.offset(3));
    }

    @Test
    void isAKeyboardStop_andScreenReadersGetItsText() {
        ProseView view = prose("### Done\n\nThe token is **stored**.", STYLE);
        assertThat(GuiActionRunner.execute(view::isFocusable)).isTrue();
        assertThat(GuiActionRunner.execute(() -> view.getAccessibleContext().getAccessibleDescription()))
                .isEqualTo("Done\nThe token is stored.");
    }

    private static BufferedImage paint(JComponent view, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        GuiActionRunner.execute(() -> {
            view.setSize(width, height);
            Graphics2D g = image.createGraphics();
            view.paint(g);
            g.dispose();
        });
        return image;
    }

    /** Where two pictures of one size differ, as "x,y" for the first few. */
    private static List<String> differingPixels(BufferedImage expected, BufferedImage actual) {
        List<String> differ = new ArrayList<>();
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y) && differ.size() < 10) {
                    differ.add(x + "," + y);
                }
            }
        }
        return differ;
    }

    /** The first and last columns with ink. */
    private static List<Integer> inkColumns(BufferedImage image) {
        int left = image.getWidth();
        int right = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return List.of(left, right);
    }

    /** The bands of rows that have ink, top to bottom. */
    private static List<int[]> inkRows(BufferedImage image) {
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= image.getHeight(); y++) {
            boolean ink = false;
            for (int x = 0; y < image.getHeight() && x < image.getWidth() && !ink; x++) {
                ink = (image.getRGB(x, y) >>> 24) > 0;
            }
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                bands.add(new int[] {start, y});
                start = -1;
            }
        }
        return bands;
    }
}
