package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FontWeightTest {

    @Test
    void parse_swiftDialogsNames_anyCase() {
        assertThat(FontWeight.parse("ultraLight")).isEqualTo(FontWeight.ULTRALIGHT);
        assertThat(FontWeight.parse("semibold")).isEqualTo(FontWeight.SEMIBOLD);
        assertThat(FontWeight.parse("semi-bold")).isEqualTo(FontWeight.SEMIBOLD);
        assertThat(FontWeight.parse("BLACK")).isEqualTo(FontWeight.BLACK);
    }

    @Test
    void parse_unknownIsRegular() {
        assertThat(FontWeight.parse("fat")).isEqualTo(FontWeight.REGULAR);
        assertThat(FontWeight.parse(null)).isEqualTo(FontWeight.REGULAR);
    }

    @Test
    void cssWeights_andBoldness() {
        assertThat(FontWeight.THIN.cssWeight()).isEqualTo(200);
        assertThat(FontWeight.BOLD.cssWeight()).isEqualTo(700);
        assertThat(FontWeight.SEMIBOLD.isBold()).isTrue();
        assertThat(FontWeight.MEDIUM.isBold()).isFalse();
    }
}
