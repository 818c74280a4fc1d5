package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlignmentTest {

    @Test
    void parse_swiftDialogsSpellings() {
        assertThat(Alignment.parse("left")).contains(Alignment.LEFT);
        assertThat(Alignment.parse("Centre")).contains(Alignment.CENTRE);
        assertThat(Alignment.parse(" center ")).contains(Alignment.CENTRE);
        assertThat(Alignment.parse("RIGHT")).contains(Alignment.RIGHT);
        assertThat(Alignment.parse("justify")).isEmpty();
        assertThat(Alignment.parse(null)).isEmpty();
    }
}
