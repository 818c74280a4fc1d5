package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.SfSymbols;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SymbolsTest {

    private static final Consumer<String> NO_WARNING = warning -> {
        throw new AssertionError("unexpected warning: " + warning);
    };

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    private static BufferedImage draw(Artwork art) {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        art.paint(g, new Rectangle2D.Double(0, 0, 200, 200));
        g.dispose();
        return image;
    }

    private static ImageRef.Symbol symbol(String name, String colour, FontWeight weight) {
        return new ImageRef.Symbol(name, Colour.parse(colour).orElseThrow(), null, weight, null);
    }

    @Test
    void names_resolveToTheSymbol_itsFillTwin_itsFamily_orTheGenericOne() {
        assertThat(Symbols.resolveName("checkmark.circle.fill")).isEqualTo("checkmark.circle.fill");
        assertThat(Symbols.resolveName("info.circle")).isEqualTo("info.circle.fill");
        assertThat(Symbols.resolveName(" Lock.Fill ")).isEqualTo("lock.fill");
        assertThat(Symbols.resolveName("desktopcomputer.fill")).isEqualTo("desktopcomputer");
        assertThat(Symbols.resolveName("desktopcomputer.trianglebadge.exclamationmark"))
                .isEqualTo("desktopcomputer");
        assertThat(Symbols.resolveName("tortoise.fill")).isEqualTo(Symbols.GENERIC);
    }

    @Test
    void everyShippedSymbolAndBuiltin_parses() {
        for (String name : SfSymbols.SHIPPED) {
            assertThat(Symbols.symbol(symbol(name, "blue", null), NO_WARNING).width())
                    .as(name)
                    .isEqualTo(100);
        }
        for (String name : Symbols.BUILTINS) {
            assertThat(Symbols.builtin(name).width()).as(name).isPositive();
        }
        assertThat(Symbols.placeholder().width()).isPositive();
    }

    @Test
    void aNameWeDoNotDraw_showsItsFamily_andWarnsOnceANameInARun() {
        List<String> warnings = new ArrayList<>();
        Artwork first = Symbols.symbol(symbol("externaldrive.badge.timemachine", "red", null), warnings::add);
        Artwork again = Symbols.symbol(symbol("externaldrive.badge.timemachine", "red", null), warnings::add);
        Symbols.symbol(symbol("externaldrive.fill", "red", null), warnings::add);

        assertThat(first).isSameAs(again).isSameAs(Symbols.symbol(symbol("externaldrive", "red", null), NO_WARNING));
        assertThat(warnings)
                .containsExactly("the SF Symbol externaldrive.badge.timemachine is not one escrow-bootstrap draws;"
                        + " showing externaldrive.fill (dialog --help icon lists them)");
    }

    @Test
    void aNameWithNoFamily_showsTheGenericSymbol_withAWarning() {
        List<String> warnings = new ArrayList<>();
        Artwork art = Symbols.symbol(symbol("Tortoise.Circle", "#FF0000", null), warnings::add);

        assertThat(art).isSameAs(Symbols.tinted(Symbols.GENERIC, Color.RED, null, FontWeight.REGULAR));
        assertThat(warnings).singleElement().asString().contains("Tortoise.Circle", "showing a generic symbol");
    }

    @Test
    void symbol_isTintedWithItsColour_theBackgroundLayerLighter() {
        BufferedImage image = draw(Symbols.symbol(symbol("checkmark.circle.fill", "#FF0000", null), NO_WARNING));
        Color stroke = new Color(image.getRGB(87, 130), true); // on the check mark's stroke
        Color disc = new Color(image.getRGB(100, 30), true); // inside the circle, away from the check
        assertThat(stroke).isEqualTo(new Color(255, 0, 0, 255));
        assertThat(disc.getRed()).isEqualTo(255);
        assertThat(disc.getAlpha()).isBetween(60, 90); // 30 % opacity, as SF's hierarchical rendering
    }

    @Test
    void heavierWeight_drawsThickerStrokes() {
        int thin = opaque(draw(Symbols.symbol(symbol("xmark.circle.fill", "#0000FF", FontWeight.THIN), NO_WARNING)));
        int black = opaque(draw(Symbols.symbol(symbol("xmark.circle.fill", "#0000FF", FontWeight.BLACK), NO_WARNING)));
        assertThat(black).isGreaterThan(thin * 2);
    }

    @Test
    void unknownBuiltin_isTheAppIcon_andClearBackgroundIsRecognised() {
        assertThat(Symbols.builtin("nonsense")).isSameAs(Symbols.builtin("default"));
        assertThat(Symbols.isClear(Colour.argb(0))).isTrue();
        assertThat(Symbols.isClear(Colour.rgb(0xFFFFFF))).isFalse();
        assertThat(Symbols.isClear(null)).isFalse();
    }

    private static int opaque(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 200) {
                    n++;
                }
            }
        }
        return n;
    }
}
