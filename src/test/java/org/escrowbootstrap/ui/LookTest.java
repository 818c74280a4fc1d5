package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class LookTest {

    @Test
    void css_isSixLowerCaseHexDigitsWithLeadingZeros() {
        assertThat(Look.css(new Color(0x2E4A62))).isEqualTo("#2e4a62");
        assertThat(Look.css(new Color(0x00000A))).isEqualTo("#00000a");
        assertThat(Look.css(Color.BLACK)).isEqualTo("#000000");
        assertThat(Look.css(new Color(0x80FFFFFF, true))).isEqualTo("#ffffff");
    }
}
