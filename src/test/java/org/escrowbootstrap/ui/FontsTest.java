package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextAttribute;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FontsTest {

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    @Test
    void weights_mapToInterFaces() {
        assertThat(Fonts.inter(FontWeight.LIGHT, 20).getFamily()).isEqualTo("Inter Light");
        assertThat(Fonts.inter(FontWeight.REGULAR, 20).getFamily()).isEqualTo("Inter");
        assertThat(Fonts.inter(FontWeight.MEDIUM, 20).getFamily()).isEqualTo("Inter");
        assertThat(Fonts.inter(FontWeight.SEMIBOLD, 20).getFamily()).isEqualTo("Inter SemiBold");
        assertThat(Fonts.inter(FontWeight.BOLD, 20).isBold()).isTrue();
        assertThat(Fonts.inter(FontWeight.BLACK, 20).isBold()).isTrue();
    }

    @Test
    void style_givesSizeAndWeight_withTheRegionsDefaults() {
        Font defaults = Fonts.of(TextStyle.defaults(), 30, FontWeight.BOLD);
        assertThat(defaults.getSize2D()).isEqualTo(30f);
        assertThat(defaults.isBold()).isTrue();
        Font styled = Fonts.of(TextStyle.defaults().withSize(14f).withWeight(FontWeight.REGULAR), 30, FontWeight.BOLD);
        assertThat(styled.getSize2D()).isEqualTo(14f);
        assertThat(styled.isBold()).isFalse();
    }

    @Test
    void unknownFontName_fallsBackToInter() {
        Font font = Fonts.of(TextStyle.defaults().withFontName("No Such Font Family"), 20, FontWeight.REGULAR);
        assertThat(font.getFamily()).isEqualTo("Inter");
    }

    @Test
    void largerSizes_areTrackedTighter() {
        float small =
                (Float) Fonts.inter(FontWeight.REGULAR, 12).getAttributes().get(TextAttribute.TRACKING);
        float large =
                (Float) Fonts.inter(FontWeight.REGULAR, 30).getAttributes().get(TextAttribute.TRACKING);
        assertThat(large).isNegative().isLessThan(small);
    }
}
