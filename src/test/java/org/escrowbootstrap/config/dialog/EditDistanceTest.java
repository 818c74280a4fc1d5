package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void between_countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.between("title", "title")).isZero();
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("abc", "")).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("mesage", "message")).isEqualTo(1);
    }

    @Test
    void between_countsASwapOfNeighboursAsOne() {
        assertThat(EditDistance.between("titel", "title")).isEqualTo(1);
        assertThat(EditDistance.between("ab", "ba")).isEqualTo(1);
    }

    @Test
    void closest_picksTheNearest_andBreaksTiesAlphabetically() {
        assertThat(EditDistance.closest("--titel", List.of("--timer", "--title", "--subtitle")))
                .isEqualTo("--title");
        assertThat(EditDistance.closest("x", List.of("b", "a"))).isEqualTo("a");
    }
}
