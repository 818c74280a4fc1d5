package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldValueTest {

    @Test
    void text_toStringHidesTheValue() {
        assertThat(new FieldValue.Text("Name", "typed secret").toString())
                .isEqualTo("Text[Name]")
                .doesNotContain("typed secret");
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> new FieldValue.Text(null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldValue.Text("k", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldValue.Hidden("k", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
