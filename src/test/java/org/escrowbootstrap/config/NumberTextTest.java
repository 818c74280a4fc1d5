package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void parse_acceptsPlainDecimals() {
        assertThat(NumberText.parse("700")).contains(700.0);
        assertThat(NumberText.parse(" 24.5 ")).contains(24.5);
        assertThat(NumberText.parse("-10")).contains(-10.0);
    }

    @Test
    void parse_acceptsTheLongFractionOfAComputedSize() {
        // joncrain/swiftdialog-psu's slides give "iconsize" : "223.69743530499076"; swiftDialog reads it as a float.
        assertThat(NumberText.parse("223.69743530499076")).contains(223.69743530499076);
        assertThat(NumberText.parseRounded("223.69743530499076")).contains(224);
    }

    @Test
    void parse_refusesAnythingElse() {
        assertThat(NumberText.parse("abc")).isEmpty();
        assertThat(NumberText.parse("1e3")).isEmpty();
        assertThat(NumberText.parse("0x10")).isEmpty();
        assertThat(NumberText.parse("NaN")).isEmpty();
        assertThat(NumberText.parse("12px")).isEmpty();
        assertThat(NumberText.parse("")).isEmpty();
        assertThat(NumberText.parse(null)).isEmpty();
        assertThat(NumberText.parse("99999999999")).isEmpty();
    }

    @Test
    void whole_takesDigitsOnly_upTo18() {
        assertThat(NumberText.whole(" 5 ")).contains(5L);
        assertThat(NumberText.whole("-12")).contains(-12L);
        assertThat(NumberText.whole("+7")).contains(7L);
        assertThat(NumberText.whole("999999999999999999")).contains(999_999_999_999_999_999L);
        assertThat(NumberText.whole("9999999999999999999")).isEmpty();
        assertThat(NumberText.whole("5.0")).isEmpty();
        assertThat(NumberText.whole("1e2")).isEmpty();
        assertThat(NumberText.whole("")).isEmpty();
        assertThat(NumberText.whole(null)).isEmpty();
    }

    @Test
    void parseRounded_roundsHalfUp() {
        assertThat(NumberText.parseRounded("700.5")).contains(701);
        assertThat(NumberText.parseRounded("700.4")).contains(700);
    }
}
