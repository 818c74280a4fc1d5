package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgressSpecTest {

    @Test
    void busy_isIndeterminate() {
        ProgressSpec busy = ProgressSpec.busy("Working");

        assertThat(busy.indeterminate()).isTrue();
        assertThat(busy.text()).isEqualTo("Working");
    }

    @Test
    void value_isCappedAtTheTotal() {
        assertThat(new ProgressSpec(5, 9, null).value()).isEqualTo(5);
        assertThat(new ProgressSpec(0, 3, null).value()).isZero();
    }

    @Test
    void negatives_areRejected() {
        assertThatThrownBy(() -> new ProgressSpec(-1, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withText() {
        assertThat(new ProgressSpec(3, 1, "a").withText("b")).isEqualTo(new ProgressSpec(3, 1, "b"));
    }
}
