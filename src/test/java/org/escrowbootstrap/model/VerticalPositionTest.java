package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerticalPositionTest {

    @Test
    void parse_swiftDialogsSpellings() {
        assertThat(VerticalPosition.parse("top")).contains(VerticalPosition.TOP);
        assertThat(VerticalPosition.parse("centre")).contains(VerticalPosition.CENTRE);
        assertThat(VerticalPosition.parse("Center")).contains(VerticalPosition.CENTRE);
        assertThat(VerticalPosition.parse("bottom ")).contains(VerticalPosition.BOTTOM);
        assertThat(VerticalPosition.parse("middle")).isEmpty();
        assertThat(VerticalPosition.parse(null)).isEmpty();
    }
}
