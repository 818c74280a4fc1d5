package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColourTest {

    @Test
    void parse_hexWithHash() {
        Colour colour = Colour.parse("#00A4C7").orElseThrow();

        assertThat(colour).isEqualTo(Colour.rgb(0x00A4C7));
        assertThat(colour.role()).isEqualTo(Colour.Role.FIXED);
        assertThat(colour.alpha()).isEqualTo(255);
        assertThat(colour.red()).isZero();
        assertThat(colour.green()).isEqualTo(0xA4);
        assertThat(colour.blue()).isEqualTo(0xC7);
        assertThat(colour).hasToString("#00A4C7");
    }

    @Test
    void parse_hexWithoutHash_lowerCase_andSpaces() {
        assertThat(Colour.parse(" 00a4c7 ")).contains(Colour.rgb(0x00A4C7));
    }

    @Test
    void parse_hexWithAlpha_asCssWritesIt() {
        Colour colour = Colour.parse("#FF000080").orElseThrow();

        assertThat(colour.argb()).isEqualTo(0x80FF0000);
        assertThat(colour.alpha()).isEqualTo(0x80);
        assertThat(colour).hasToString("#FF000080");
    }

    @Test
    void parse_eightDigitsNeedTheHash() {
        assertThat(Colour.parse("FF000080")).isEmpty();
    }

    @Test
    void parse_namedColours() {
        assertThat(Colour.parse("red")).contains(Colour.argb(0xFFFF3B30));
        assertThat(Colour.parse("Blue")).contains(Colour.argb(0xFF007AFF));
        assertThat(Colour.parse("gray")).isEqualTo(Colour.parse("grey"));
        assertThat(Colour.parse("white")).contains(Colour.rgb(0xFFFFFF));
        assertThat(Colour.parse("black")).contains(Colour.rgb(0x000000));
        assertThat(Colour.parse("clear").orElseThrow().alpha()).isZero();
        for (String name :
                new String[] {"orange", "yellow", "green", "mint", "teal", "cyan", "indigo", "purple", "pink", "brown"
                }) {
            assertThat(Colour.parse(name)).as(name).isPresent();
        }
    }

    @Test
    void parse_themeColoursKeepTheirRole() {
        assertThat(Colour.parse("primary").orElseThrow().role()).isEqualTo(Colour.Role.PRIMARY);
        assertThat(Colour.parse("secondary").orElseThrow().role()).isEqualTo(Colour.Role.SECONDARY);
        assertThat(Colour.parse("accent").orElseThrow().role()).isEqualTo(Colour.Role.ACCENT);
        assertThat(Colour.primary()).hasToString("primary");
    }

    @Test
    void parse_rejectsEverythingElse() {
        assertThat(Colour.parse(null)).isEmpty();
        assertThat(Colour.parse("")).isEmpty();
        assertThat(Colour.parse("#FFF")).isEmpty();
        assertThat(Colour.parse("#GGGGGG")).isEmpty();
        assertThat(Colour.parse("#12345")).isEmpty();
        assertThat(Colour.parse("redd")).isEmpty();
        assertThat(Colour.parse("0xFF0000")).isEmpty();
    }

    @Test
    void constructor_needsARole() {
        assertThatThrownBy(() -> new Colour(0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
