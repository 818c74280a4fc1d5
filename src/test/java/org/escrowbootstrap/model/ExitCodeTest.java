package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void codes_areSwiftDialogs() {
        assertThat(ExitCode.BUTTON1.code()).isZero();
        assertThat(ExitCode.BUTTON2.code()).isEqualTo(2);
        assertThat(ExitCode.INFO_BUTTON.code()).isEqualTo(3);
        assertThat(ExitCode.TIMER.code()).isEqualTo(4);
        assertThat(ExitCode.COMMAND_QUIT.code()).isEqualTo(5);
        assertThat(ExitCode.QUIT_KEY.code()).isEqualTo(10);
        assertThat(ExitCode.WINDOW_CLOSED.code()).isEqualTo(15);
        assertThat(ExitCode.CALLER_GONE.code()).isEqualTo(40);
        assertThat(ExitCode.IMAGE_NOT_FOUND.code()).isEqualTo(201);
        assertThat(ExitCode.FILE_NOT_FOUND.code()).isEqualTo(202);
    }

    @Test
    void printsInput_onlyForButtonOne() {
        for (ExitCode code : ExitCode.values()) {
            assertThat(code.printsInput()).as(code.name()).isEqualTo(code == ExitCode.BUTTON1);
            assertThat(code.meaning()).isNotBlank();
        }
    }
}
