package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WarmupTest {

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(Warmup.SHAPER_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(Warmup.SHAPER_PROPERTY);
        } else {
            System.setProperty(Warmup.SHAPER_PROPERTY, saved);
        }
    }

    @Test
    void choosesTheJdksJniBindingOfHarfBuzzWhenNothingWasSaid() {
        System.clearProperty(Warmup.SHAPER_PROPERTY);

        Warmup.preferNativeTextShaper();

        assertThat(System.getProperty("sun.font.layout.ffm")).isEqualTo("false");
    }

    @Test
    void keepsAShaperChosenOnTheCommandLine() {
        System.setProperty(Warmup.SHAPER_PROPERTY, "true");

        Warmup.preferNativeTextShaper();

        assertThat(System.getProperty("sun.font.layout.ffm")).isEqualTo("true");
    }
}
