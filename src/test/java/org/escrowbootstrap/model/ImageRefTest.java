package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ImageRefTest {

    private static Colour colour(String name) {
        return Colour.parse(name).orElseThrow();
    }

    @Test
    void parse_noneAndBlank() {
        assertThat(ImageRef.parse(null)).isEqualTo(ImageRef.none());
        assertThat(ImageRef.parse("")).isEqualTo(ImageRef.none());
        assertThat(ImageRef.parse("  ")).isEqualTo(ImageRef.none());
        assertThat(ImageRef.parse("none").isNone()).isTrue();
        assertThat(ImageRef.parse("NONE").isNone()).isTrue();
    }

    @Test
    void parse_qrCode_keepsTheTextAfterThePrefix_anyCase() {
        assertThat(ImageRef.parse("qr=https://github.com/swiftDialog/swiftDialog"))
                .isEqualTo(new ImageRef.QrCode("https://github.com/swiftDialog/swiftDialog"));
        assertThat(ImageRef.parse("QR=Hello, World=1")).isEqualTo(new ImageRef.QrCode("Hello, World=1"));
        assertThat(ImageRef.parse("qr=")).isEqualTo(ImageRef.none());
        assertThat(ImageRef.parse("qr=x").describe()).contains("qr=x");
    }

    @Test
    void parse_builtIns_anyCase() {
        for (String name : new String[] {"info", "caution", "warning", "computer", "default"}) {
            assertThat(ImageRef.parse(name)).isEqualTo(new ImageRef.Builtin(name));
        }
        assertThat(ImageRef.parse(" Caution ")).isEqualTo(new ImageRef.Builtin("caution"));
    }

    @Test
    void parse_sfSymbolWithOptions() {
        assertThat(ImageRef.parse("SF=lock.fill,colour=red,colour2=#00FF00,weight=bold,bgcolour=none"))
                .isEqualTo(new ImageRef.Symbol(
                        "lock.fill", colour("red"), Colour.rgb(0x00FF00), FontWeight.BOLD, Colour.argb(0)));
    }

    @Test
    void parse_sfSymbol_colorSpellings_andIgnoredKeys() {
        assertThat(ImageRef.parse("sf=star, color=blue, palette=red, animation=pulse, bgcolor=white"))
                .isEqualTo(new ImageRef.Symbol("star", colour("blue"), null, null, colour("white")));
    }

    @Test
    void parse_sfSymbol_modifiersSeparatedBySpaces_asSwiftDialogReadsThem() {
        // SecondSonConsulting/swiftDialogExamples writes its icons this way in every script
        assertThat(ImageRef.parse("SF=bolt.circle color1=pink color2=blue"))
                .isEqualTo(new ImageRef.Symbol("bolt.circle", colour("pink"), colour("blue"), null, null));
        assertThat(ImageRef.parse("SF=star, weight=bold colour=red"))
                .isEqualTo(new ImageRef.Symbol("star", colour("red"), null, FontWeight.BOLD, null));
    }

    @Test
    void splitSymbol_keepsAValuesOwnCommas_andCutsTheNameAtItsFirstComma() {
        assertThat(ImageRef.splitSymbol("person.crop.circle,palette=#007AFF,#34C759,#FF3B30"))
                .containsExactly("person.crop.circle", "palette=#007AFF,#34C759,#FF3B30");
        assertThat(ImageRef.splitSymbol("lock,bold,colour=red")).containsExactly("lock", "colour=red");
    }

    @Test
    void parse_sfSymbol_badColourIsNone_blankNameIsAQuestionMark() {
        assertThat(ImageRef.parse("SF=star,colour=zzz")).isEqualTo(new ImageRef.Symbol("star", null, null, null, null));
        assertThat(ImageRef.parse("SF=")).isEqualTo(new ImageRef.Symbol("questionmark.circle", null, null, null, null));
    }

    @Test
    void parse_colourFill() {
        assertThat(ImageRef.parse("colour=#0A84FF"))
                .isEqualTo(new ImageRef.Fill(List.of(Colour.rgb(0x0A84FF)), true, 0));
        assertThat(ImageRef.parse("color=red,nogradient"))
                .isEqualTo(new ImageRef.Fill(List.of(colour("red")), false, 0));
        assertThat(ImageRef.parse("colour=nonsense")).isEqualTo(new ImageRef.Fill(List.of(Colour.argb(0)), true, 0));
    }

    @Test
    void parse_gradient() {
        assertThat(ImageRef.parse("gradient=red,blue,#00FF00:angle=45"))
                .isEqualTo(new ImageRef.Fill(List.of(colour("red"), colour("blue"), Colour.rgb(0x00FF00)), true, 45));
        assertThat(ImageRef.parse("gradient=red,blue:angle=x"))
                .isEqualTo(new ImageRef.Fill(List.of(colour("red"), colour("blue")), true, 0));
        assertThat(ImageRef.parse("gradient=")).isEqualTo(new ImageRef.Fill(List.of(Colour.argb(0)), true, 0));
    }

    @Test
    void parse_text() {
        assertThat(ImageRef.parse("text=🔑")).isEqualTo(new ImageRef.Text("🔑"));
        assertThat(ImageRef.parse("TEXT=Hi there")).isEqualTo(new ImageRef.Text("Hi there"));
    }

    @Test
    void parse_emptyText_isNone() {
        assertThat(ImageRef.parse("text=")).isEqualTo(ImageRef.none());
        assertThat(ImageRef.parse("text=  ")).isEqualTo(ImageRef.none());
    }

    @Test
    void parse_urls() {
        assertThat(ImageRef.parse("https://example.com/logo.png"))
                .isEqualTo(new ImageRef.Url("https://example.com/logo.png"));
        assertThat(ImageRef.parse("HTTP://Example.com/A.png")).isEqualTo(new ImageRef.Url("HTTP://Example.com/A.png"));
    }

    @Test
    void parse_files() {
        assertThat(ImageRef.parse("/Library/Logo.png")).isEqualTo(new ImageRef.FilePath("/Library/Logo.png"));
        assertThat(ImageRef.parse("file:///tmp/a b.png")).isEqualTo(new ImageRef.FilePath("/tmp/a b.png"));
        assertThat(ImageRef.parse("relative/icon.svg")).isEqualTo(new ImageRef.FilePath("relative/icon.svg"));
        assertThat(ImageRef.parse("C:\\Logos\\logo.png")).isEqualTo(new ImageRef.FilePath("C:\\Logos\\logo.png"));
    }

    @Test
    void parse_emptyFileUrl_isNone() {
        assertThat(ImageRef.parse("file://")).isEqualTo(ImageRef.none());
    }

    @Test
    void filePath_knowsAppBundles() {
        assertThat(new ImageRef.FilePath("/Applications/Safari.app").isAppBundle())
                .isTrue();
        assertThat(new ImageRef.FilePath("/Applications/Safari.app/").isAppBundle())
                .isTrue();
        assertThat(new ImageRef.FilePath("/System/Library/PreferencePanes/Security.prefPane").isAppBundle())
                .isTrue();
        assertThat(new ImageRef.FilePath("/tmp/a.png").isAppBundle()).isFalse();
    }

    @Test
    void describe_givesTheSource() {
        assertThat(ImageRef.parse("/a.png").describe()).contains("/a.png");
        assertThat(ImageRef.parse("https://x/a.png").describe()).contains("https://x/a.png");
        assertThat(ImageRef.parse("info").describe()).contains("info");
        assertThat(ImageRef.parse("SF=star,colour=red").describe()).contains("SF=star");
        assertThat(ImageRef.parse("colour=red").describe()).isEmpty();
        assertThat(ImageRef.none().describe()).isEmpty();
    }

    /** parse is documented never to throw, whatever the admin typed. */
    @Property(tries = 500)
    void parse_neverThrows(@ForAll("sources") String source) {
        assertThat(ImageRef.parse(source)).isNotNull();
    }

    @Provide
    Arbitrary<String> sources() {
        Arbitrary<String> prefixes = Arbitraries.of(
                "", "SF=", "sf=", "colour=", "color=", "gradient=", "text=", "file://", "http://", "none");
        Arbitrary<String> rest =
                Arbitraries.strings().withChars(" ,:=#abcdefr0129\t").ofMaxLength(15);
        return Combinators.combine(prefixes, rest).as(String::concat);
    }
}
