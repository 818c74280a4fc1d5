package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.SfSymbols;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped SF Symbol look-alikes as pictures: each one draws, inside its box, and unlike the others. */
class SymbolPicturesTest {

    private static final Path SYMBOLS = Path.of("src/main/resources/org/escrowbootstrap/ui/symbols");
    private static final Color INK = new Color(0x1D1D1F);

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    @Test
    void everyPictureFile_isAShippedName_andEveryShippedNameHasAPicture() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(SYMBOLS)) {
            list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".svg"))
                    .forEach(n -> files.add(n.substring(0, n.length() - 4)));
        }
        assertThat(files).contains(SfSymbols.GENERIC);
        files.remove(SfSymbols.GENERIC);
        for (String file : files) {
            assertThat(SfSymbols.hasFile(file)).as(file).isTrue();
            assertThat(SfSymbols.SHIPPED).as(file).contains(file);
        }
        for (String name : SfSymbols.SHIPPED) {
            String drawn = SfSymbols.unalias(name);
            assertThat(files.contains(drawn) || SfSymbols.enclosure(drawn).isPresent())
                    .as(name)
                    .isTrue();
        }
    }

    @Test
    void everyShippedSymbol_paintsInkInsideItsBox_andNothingOutside() {
        for (String name : SfSymbols.SHIPPED) {
            BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            picture(name, FontWeight.REGULAR).paint(g, new Rectangle2D.Double(10, 10, 100, 100));
            g.dispose();
            int inside = 0;
            int outside = 0;
            for (int y = 0; y < 120; y++) {
                for (int x = 0; x < 120; x++) {
                    if ((image.getRGB(x, y) >>> 24) > 0) {
                        boolean in = x >= 10 && x < 110 && y >= 10 && y < 110;
                        inside += in ? 1 : 0;
                        outside += in ? 0 : 1;
                    }
                }
            }
            assertThat(inside).as(name + " ink inside").isGreaterThan(500);
            assertThat(outside).as(name + " ink outside").isZero();
        }
    }

    @Test
    void symbolsOfDifferentThings_drawDifferentPictures() {
        List<String> names = List.of(
                "gear",
                "trash",
                "trash.circle",
                "wifi",
                "lock.fill",
                "laptopcomputer",
                "applelogo",
                "person.fill",
                "icloud",
                "externaldrive.fill",
                "clock",
                "bell",
                "envelope",
                "hammer",
                "wrench");
        List<boolean[]> masks =
                names.stream().map(n -> mask(picture(n, FontWeight.REGULAR))).toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                assertThat(difference(masks.get(i), masks.get(j)))
                        .as(names.get(i) + " vs " + names.get(j))
                        .isGreaterThan(0.3);
            }
        }
    }

    @Test
    void anEnclosedGlyph_isTheGlyphSmaller_insideARing() {
        boolean[] trash = mask(picture("trash", FontWeight.REGULAR));
        boolean[] circle = mask(picture("trash.circle", FontWeight.REGULAR));
        int left = 64 * 32 + 5; // the ring's left side, half-way down
        assertThat(circle[left]).as("the ring").isTrue();
        assertThat(trash[left]).as("nothing there in the bare glyph").isFalse();
        assertThat(circle[64 * 23 + 32]).as("the lid, a third of the way down").isTrue();
        assertThat(trash[64 * 23 + 32]).as("below the bare glyph's lid").isFalse();
    }

    private static Artwork picture(String name, FontWeight weight) {
        return Symbols.symbol(
                new ImageRef.Symbol(name, Colour.rgb(INK.getRGB() & 0xFFFFFF), null, weight, null), warning -> {});
    }

    /** Which pixels of a 64-pixel rendering are mostly covered. */
    private static boolean[] mask(Artwork art) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        art.paint(g, new Rectangle2D.Double(0, 0, 64, 64));
        g.dispose();
        boolean[] mask = new boolean[64 * 64];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = (image.getRGB(i % 64, i / 64) >>> 24) > 128;
        }
        return mask;
    }

    /** The share of inked pixels that only one of two pictures inks. */
    private static double difference(boolean[] a, boolean[] b) {
        int either = 0;
        int one = 0;
        for (int i = 0; i < a.length; i++) {
            either += a[i] || b[i] ? 1 : 0;
            one += a[i] != b[i] ? 1 : 0;
        }
        return (double) one / either;
    }
}
