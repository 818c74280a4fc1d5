package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.escrowbootstrap.model.FontWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our shipped pictures are read without JSVG for start-up's sake; these tests hold them to JSVG's pixels, the
 * library that drew them before and still draws users' SVG files.
 */
class SvgShapesTest {

    private static final Path PICTURES = Path.of("src/main/resources/org/escrowbootstrap/ui");
    private static final double[] SIZES = {16, 24.5, 64, 150, 301.3};
    private static final double[] SCALES = {1, 2};

    static Stream<String> shippedFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("symbols", "builtin")) {
            try (Stream<Path> list = Files.list(PICTURES.resolve(folder))) {
                list.filter(p -> p.toString().endsWith(".svg")).forEach(p -> files.add(folder + "/" + p.getFileName()));
            }
        }
        return files.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyShippedPicture_drawsTheSamePixelsAsJsvg_atEverySizeAndScale(String file) {
        String svg = file.startsWith("symbols/")
                ? Symbols.source(
                        file.substring(8, file.length() - 4),
                        new Color(0x2E4A62),
                        null,
                        FontWeight.REGULAR) // the secondary layer at 30 %, as most symbols are shown
                : Symbols.resource(file);

        assertSamePixels(svg, file);
    }

    @Test
    void symbolsInTwoColoursAndOtherWeights_drawTheSamePixelsAsJsvg() {
        for (FontWeight weight : List.of(FontWeight.ULTRALIGHT, FontWeight.BLACK)) {
            for (String name : List.of("lock.fill", "xmark.circle.fill", "gearshape.fill", "laptopcomputer")) {
                String svg = Symbols.source(name, new Color(0xC0392B), new Color(40, 160, 90, 200), weight);
                assertSamePixels(svg, name + " " + weight);
            }
        }
    }

    @Test
    void glyphsInCirclesAndSquares_drawTheSamePixelsAsJsvg() {
        for (String name : List.of("trash.circle", "lock.square.fill", "arrow.clockwise.circle.fill", "plus.square")) {
            for (FontWeight weight : List.of(FontWeight.REGULAR, FontWeight.BOLD)) {
                assertSamePixels(Symbols.source(name, new Color(0x2E4A62), null, weight), name + " " + weight);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // relative commands, implicit lines after a move, smooth curves reflecting their control points
                "<path d='m10 10 l20 0 v20 h-20 z m40 0 c10 0 20 10 20 20 s-10 20 -20 20 q-10 -10 0 -20 t10 -10z'"
                        + " fill='#336699'/>",
                // rotated elliptical arcs, both flags, filled and stroked
                "<path d='M20 50 A30 15 30 1 0 80 50 A30 15 -20 0 1 20 50 Z' fill='#aa3300' stroke='#000'"
                        + " stroke-width='2'/>",
                "<path d='M50 80 a 25 30 45 1 1 30 -10' fill='none' stroke='#0a0' stroke-width='3'"
                        + " stroke-linecap='square' stroke-linejoin='bevel'/>",
                // a group's transform and paint inherited; an ellipse overriding the fill
                "<g fill='#123456' fill-opacity='0.5' transform='translate(5 5) scale(0.9)'><circle cx='50' cy='50'"
                        + " r='30'/><ellipse cx='50' cy='50' rx='40' ry='10' fill='#ff0000'/></g>",
                // a diagonal gradient on a rectangle that is not square, in percentages, on fill and stroke
                "<defs><linearGradient id='a' x1='0' y1='0' x2='1' y2='1'><stop offset='0%' stop-color='#f00'/>"
                        + "<stop offset='50%' stop-color='#0f0'/><stop offset='100%' stop-color='#00f'/>"
                        + "</linearGradient></defs><rect x='10' y='20' width='80' height='40' rx='8' ry='4'"
                        + " fill='url(#a)' stroke='url(#a)' stroke-width='4'/>",
                // a gradient in the picture's own coordinates rather than the shape's bounds
                "<defs><linearGradient id='u' gradientUnits='userSpaceOnUse' x1='10' y1='0' x2='90' y2='40'>"
                        + "<stop offset='0.2' stop-color='#abc'/><stop offset='0.9' stop-color='#123'/>"
                        + "</linearGradient></defs><rect x='5' y='10' width='90' height='60' fill='url(#u)'/>",
                // the even-odd rule cutting a hole; a translucent stroke with its own miter limit
                "<path d='M10,10L90,10 90,90 10,90zM30,30 70,30 70,70 30,70z' fill-rule='evenodd' fill='#444'/>"
                        + "<path d='M5 95 L50 5 L95 95' fill='none' stroke='#f0f' stroke-opacity='0.4'"
                        + " stroke-width='6' stroke-miterlimit='10'/>"
            })
    void whatTheParserReadsBeyondTheShippedFiles_drawsAsJsvgDrawsIt(String body) {
        assertSamePixels(svg(body), body);
    }

    @Test
    void aPictureKeepsItsAspectRatio_centredInAWiderBox_asJsvgDoes() {
        String svg = Symbols.resource("builtin/caution.svg");
        BufferedImage ours = draw(SvgShapes.parse(svg, "caution"), new Rectangle2D.Double(3.5, 2, 160, 90), 1);
        BufferedImage theirs = draw(jsvg(svg), new Rectangle2D.Double(3.5, 2, 160, 90), 1);

        assertThat(differingPixels(ours, theirs)).isZero();
        assertThat(ours.getRGB(20, 45)).as("left of the centred picture").isEqualTo(Color.WHITE.getRGB());
        assertThat(ours.getRGB(70, 69)).as("the triangle").isNotEqualTo(Color.WHITE.getRGB());
    }

    @Test
    void theSizeComesFromWidthAndHeight_orElseTheViewBox() {
        Artwork.Drawing sized = SvgShapes.parse(
                "<svg width='40px' height='20' viewBox='0 0 100 50'><rect width='10' height='10'/></svg>", "sized");
        Artwork.Drawing boxed = SvgShapes.parse("<svg viewBox='5 5 30 60'><rect width='10' height='10'/></svg>", "b");

        assertThat(sized.width()).isEqualTo(40);
        assertThat(sized.height()).isEqualTo(20);
        assertThat(boxed.width()).isEqualTo(30);
        assertThat(boxed.height()).isEqualTo(60);
        assertThat(boxed.layers()).hasSize(1);
    }

    @Test
    void whatItDoesNotRead_isRefusedByName_withThePictureNamed() {
        assertThatThrownBy(() -> SvgShapes.parse(svg("<text x='1' y='1'>Hi</text>"), "greeting"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("greeting: ");
        assertThatThrownBy(() -> SvgShapes.parse(svg("<polygon points='1 1 2 2 3 1'/>"), "p"))
                .hasMessage("p: <polygon> is not supported");
        assertThatThrownBy(() -> SvgShapes.parse(svg("<rect width='5' height='5' fill='red'/>"), "p"))
                .hasMessage("p: colour red (use #rgb or #rrggbb)");
        assertThatThrownBy(
                        () -> SvgShapes.parse(svg("<g transform='rotate(45)'><rect width='5' height='5'/></g>"), "p"))
                .hasMessage("p: transform rotate(45) (translate and scale only)");
        assertThatThrownBy(() -> SvgShapes.parse(svg("<rect width='5' height='5' fill='url(#nowhere)'/>"), "p"))
                .hasMessage("p: no gradient url(#nowhere)");
        assertThatThrownBy(() -> SvgShapes.parse(svg("<rect width='five' height='5'/>"), "p"))
                .hasMessage("p: not a number: \"five\"");
        assertThatThrownBy(() -> SvgShapes.parse(svg("<path d='M1 1 L2'/>"), "p"))
                .hasMessage("p: path data: expected a number at the end of \"M1 1 L2\"");
    }

    @Test
    void aDocumentThatIsNotWhole_isRefused() {
        assertThatThrownBy(() -> SvgShapes.parse("<svg viewBox='0 0 1 1'><g></svg>", "p"))
                .hasMessage("p: </svg> closes nothing open");
        assertThatThrownBy(() -> SvgShapes.parse("<svg viewBox='0 0 1 1'><g>", "p"))
                .hasMessage("p: not a complete SVG document");
        assertThatThrownBy(() -> SvgShapes.parse("<svg><rect width='1' height='1'/></svg>", "p"))
                .hasMessage("p: no size: give width and height, or a viewBox");
        assertThatThrownBy(() -> SvgShapes.parse("<g/>", "p")).hasMessage("p: the root element is <g>, not <svg>");
    }

    private static String svg(String body) {
        return ("<?xml version='1.0'?><!-- a test picture --><svg xmlns='http://www.w3.org/2000/svg'"
                        + " viewBox='0 0 100 100' width='100' height='100'>" + body + "</svg>")
                .replace('\'', '"');
    }

    private static void assertSamePixels(String svg, String label) {
        Artwork ours = SvgShapes.parse(svg, label);
        Artwork theirs = jsvg(svg);
        for (double size : SIZES) {
            for (double scale : SCALES) {
                Rectangle2D box = ours.fitInto(new Rectangle2D.Double(1.3, 0.7, size, size));
                assertThat(differingPixels(draw(ours, box, scale), draw(theirs, box, scale)))
                        .as("%s at %s pt, scale %s", label, size, scale)
                        .isZero();
            }
        }
    }

    private static Artwork jsvg(String svg) {
        SVGDocument document = new SVGLoader()
                .load(
                        new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                        URI.create("test:/picture.svg"),
                        LoaderContext.createDefault());
        assertThat(document).as("JSVG reads the picture").isNotNull();
        return new Artwork.Vector(document);
    }

    private static BufferedImage draw(Artwork art, Rectangle2D box, double scale) {
        int width = (int) Math.ceil((box.getMaxX() + 2) * scale);
        int height = (int) Math.ceil((box.getMaxY() + 2) * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.scale(scale, scale);
        art.paint(g, box);
        g.dispose();
        return image;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
