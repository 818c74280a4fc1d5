package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IconSpecTest {

    @Test
    void defaults_areTheAppIconAt150() {
        IconSpec icon = IconSpec.defaults();

        assertThat(icon.icon()).isEqualTo(new ImageRef.Builtin("default"));
        assertThat(icon.overlay()).isEqualTo(ImageRef.none());
        assertThat(icon.size()).isEqualTo(150);
        assertThat(icon.altText()).isEqualTo("Dialog Icon");
        assertThat(icon.visible()).isTrue();
    }

    @Test
    void visible_notWhenHiddenOrNone() {
        assertThat(new IconSpec(ImageRef.parse("info"), null, 150, true, false, null).visible())
                .isFalse();
        assertThat(IconSpec.of(ImageRef.none(), null).visible()).isFalse();
    }

    @Test
    void size_mustBeSensible() {
        assertThatThrownBy(() -> new IconSpec(null, null, 0, false, false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IconSpec(null, null, 2001, false, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withOverlay() {
        assertThat(IconSpec.defaults().withOverlay(ImageRef.parse("caution")).overlay())
                .isEqualTo(new ImageRef.Builtin("caution"));
    }
}
