package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimerSpecTest {

    @Test
    void format_secondsMinutesHours() {
        assertThat(TimerSpec.format(0)).isEqualTo("0");
        assertThat(TimerSpec.format(9)).isEqualTo("9");
        assertThat(TimerSpec.format(59)).isEqualTo("59");
        assertThat(TimerSpec.format(60)).isEqualTo("1:00");
        assertThat(TimerSpec.format(75)).isEqualTo("1:15");
        assertThat(TimerSpec.format(3599)).isEqualTo("59:59");
        assertThat(TimerSpec.format(3600)).isEqualTo("1:00:00");
        assertThat(TimerSpec.format(3661)).isEqualTo("1:01:01");
        assertThat(TimerSpec.format(36000)).isEqualTo("10:00:00");
    }

    @Test
    void format_negativeIsZero() {
        assertThat(TimerSpec.format(-5)).isEqualTo("0");
    }

    @Test
    void format_usesAsciiDigitsInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(TimerSpec.format(75)).isEqualTo("1:15");
            assertThat(TimerSpec.format(3661)).isEqualTo("1:01:01");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void constructor_needsAtLeastOneSecond() {
        assertThatThrownBy(() -> new TimerSpec(0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimerSpec(1, true).hideBar()).isTrue();
        assertThat(TimerSpec.DEFAULT_SECONDS).isEqualTo(10);
    }
}
