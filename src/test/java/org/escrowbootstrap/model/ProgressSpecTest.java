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
        assertThat(new ProgressSpec(5, 9, null).value()).isEqualTo(5.0);
        assertThat(new ProgressSpec(5, 2.5, null).value()).isEqualTo(2.5);
    }

    @Test
    void aTotalOfZero_isSwiftDialogsDefaultOf100_busy() {
        ProgressSpec zero = new ProgressSpec(0, 3, null);

        assertThat(zero.total()).isEqualTo(100.0);
        assertThat(zero.indeterminate()).isTrue();
    }

    @Test
    void at_endsTheBusyState_andFractionFollowsTheValue() {
        ProgressSpec half = ProgressSpec.busy("x").at(50);

        assertThat(half.indeterminate()).isFalse();
        assertThat(half.fraction()).isEqualTo(0.5);
        assertThat(half.at(1000).value()).isEqualTo(100.0);
        assertThat(half.asBusy().fraction()).isZero();
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
