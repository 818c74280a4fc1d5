package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextStyleTest {

    @Test
    void defaults_leaveEverythingToTheTheme() {
        assertThat(TextStyle.defaults()).isEqualTo(new TextStyle(null, null, null, null, false, null, null));
    }

    @Test
    void size_mustBeSensible() {
        assertThatThrownBy(() -> TextStyle.defaults().withSize(0f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextStyle.defaults().withSize(400f)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TextStyle.defaults().withSize(null).size()).isNull();
    }

    @Test
    void withers_changeOnePart() {
        TextStyle style = TextStyle.defaults()
                .withSize(24f)
                .withWeight(FontWeight.LIGHT)
                .withColour(Colour.rgb(0x123456))
                .withFontName("Avenir")
                .withShadow(true)
                .withAlignment(Alignment.RIGHT)
                .withOffset(-4);

        assertThat(style)
                .isEqualTo(new TextStyle(
                        24f, FontWeight.LIGHT, Colour.rgb(0x123456), "Avenir", true, Alignment.RIGHT, -4));
    }
}
