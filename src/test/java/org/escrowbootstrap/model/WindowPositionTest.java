package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.escrowbootstrap.model.WindowPosition.Keyword;
import org.junit.jupiter.api.Test;

class WindowPositionTest {

    @Test
    void parse_everyKeyword_anyCase() {
        for (Keyword keyword : Keyword.values()) {
            String name = keyword.name().toLowerCase(Locale.ROOT);
            assertThat(WindowPosition.parse(name)).as(name).contains(WindowPosition.of(keyword));
            assertThat(WindowPosition.parse(name.toUpperCase(Locale.ROOT))).contains(WindowPosition.of(keyword));
        }
    }

    @Test
    void parse_centreBothSpellings() {
        assertThat(WindowPosition.parse("center")).contains(WindowPosition.of(Keyword.CENTRE));
        assertThat(WindowPosition.parse(" centre ")).contains(WindowPosition.of(Keyword.CENTRE));
    }

    @Test
    void parse_explicitCoordinates() {
        WindowPosition position = WindowPosition.parse("100,200").orElseThrow();

        assertThat(position).isEqualTo(WindowPosition.at(100, 200));
        assertThat(position.isExplicit()).isTrue();
        assertThat(WindowPosition.parse(" 0 , 9999 ")).contains(WindowPosition.at(0, 9999));
        assertThat(WindowPosition.of(Keyword.TOP).isExplicit()).isFalse();
    }

    @Test
    void parse_rejectsEverythingElse() {
        assertThat(WindowPosition.parse(null)).isEmpty();
        assertThat(WindowPosition.parse("middle")).isEmpty();
        assertThat(WindowPosition.parse("12345,1")).isEmpty();
        assertThat(WindowPosition.parse("-1,5")).isEmpty();
        assertThat(WindowPosition.parse("1,2,3")).isEmpty();
        assertThat(WindowPosition.parse("")).isEmpty();
    }
}
