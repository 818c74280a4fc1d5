package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.List;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FontsTest {

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    @ParameterizedTest
    @MethodSource("org.escrowbootstrap.workflow.EscrowScreensLanguagesTest#languages")
    void everyShippedLanguage_hasGlyphsInTheScreensFonts(String language) {
        EscrowConfig config = EscrowConfig.defaults().forLanguage(language);
        for (FontWeight weight : List.of(FontWeight.REGULAR, FontWeight.BOLD)) {
            Font font = Fonts.inter(weight, 20);
            for (EscrowConfigKey key : EscrowConfigKey.values()) {
                if (key.translatable()) {
                    String text = config.text(key);
                    assertThat(font.canDisplayUpTo(text))
                            .as(language + " " + key + " in " + weight
                                    + " (CJK needs a system font with the glyphs: .ci/run installs them)")
                            .isEqualTo(-1);
                }
            }
        }
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
