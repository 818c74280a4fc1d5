package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ButtonsTest {

    @Test
    void ok_isButtonOneOnly() {
        Buttons buttons = Buttons.ok();

        assertThat(buttons.button1Text()).isEqualTo("OK");
        assertThat(buttons.hasButton1()).isTrue();
        assertThat(buttons.hasButton2()).isFalse();
        assertThat(buttons.hasInfoButton()).isFalse();
    }

    @Test
    void okCancel_andNone() {
        assertThat(Buttons.okCancel("Go", "Stop").button2Text()).isEqualTo("Stop");
        assertThat(Buttons.none().hasButton1()).isFalse();
    }

    @Test
    void withers_changeOnePart() {
        Buttons buttons =
                Buttons.ok().withButton1("Submit").withButton2("Later").withInfoButton("Help", "https://x");

        assertThat(buttons).isEqualTo(new Buttons("Submit", false, "Later", "Help", "https://x", false, null));
    }
}
