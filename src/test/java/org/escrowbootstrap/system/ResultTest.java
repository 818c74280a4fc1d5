package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultTest {

    private static final Result<Integer> FAILED =
            Result.failed("/usr/bin/profiles", ToolFailure.Kind.TIMED_OUT, "after 30 s");

    @Test
    void ok_hasItsValue_andNoFailureText() {
        Result<Integer> ok = Result.ok(7);

        assertThat(ok.isOk()).isTrue();
        assertThat(ok.value()).isEqualTo(7);
        assertThat(ok.orElse(0)).isEqualTo(7);
        assertThat(ok.map(v -> v * 2)).isEqualTo(Result.ok(14));
        assertThat(ok.failureText()).isEmpty();
    }

    @Test
    void failed_namesTheToolAndWhatHappened() {
        assertThat(FAILED.isOk()).isFalse();
        assertThat(FAILED.orElse(0)).isZero();
        assertThat(FAILED.failureText()).isEqualTo("/usr/bin/profiles did not finish in time: after 30 s");
        assertThat(FAILED.map(v -> v * 2)).isEqualTo(FAILED);
    }

    @Test
    void failed_value_throwsWithTheFailure() {
        assertThatThrownBy(FAILED::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no value: /usr/bin/profiles did not finish in time: after 30 s");
    }
}
