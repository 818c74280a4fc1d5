package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowSpecTest {

    @Test
    void defaults_areSwiftDialogs() {
        WindowSpec window = WindowSpec.defaults();

        assertThat(window.width()).isEqualTo(820);
        assertThat(window.height()).isEqualTo(380);
        assertThat(window.scale()).isEqualTo(1.0);
        assertThat(window.position()).isEqualTo(WindowPosition.of(WindowPosition.Keyword.DEFAULT));
        assertThat(window.appearance()).isEqualTo(WindowSpec.Appearance.SYSTEM);
        assertThat(window.quitKey()).isEqualTo('q');
        assertThat(window.moveable()).isFalse();
    }

    @Test
    void constructor_rejectsImpossibleSizes() {
        assertThatThrownBy(() -> new WindowSpec(0, false, 380, false, 1, null, false, false, null, 'q'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowSpec(101, true, 380, false, 1, null, false, false, null, 'q'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowSpec(820, false, 380, false, 0, null, false, false, null, 'q'))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withers() {
        assertThat(WindowSpec.defaults().withSize(600, 300).width()).isEqualTo(600);
        assertThat(WindowSpec.defaults()
                        .withAppearance(WindowSpec.Appearance.DARK)
                        .appearance())
                .isEqualTo(WindowSpec.Appearance.DARK);
    }
}
