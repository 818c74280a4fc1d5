package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JPasswordField;
import org.junit.jupiter.api.Test;

class WipeableContentTest {

    @Test
    void wipe_zeroesEveryArrayTheFieldEverUsed_includingTheOnesItOutgrew() throws Exception {
        JPasswordField field = WipeableContent.passwordField();
        field.getDocument().insertString(0, "first-secret", null);
        field.getDocument().insertString(12, "-and-a-much-longer-tail-that-makes-the-store-grow-more-than-once", null);
        field.getDocument().remove(0, field.getDocument().getLength()); // clearing alone only moves the gap
        assertThat(WipeableContent.holds(field, "first-secret"))
                .as("left behind by clearing")
                .isTrue();
        field.getDocument().insertString(0, "second-secret", null);

        WipeableContent.wipe(field);

        assertThat(field.getPassword()).isEmpty();
        assertThat(WipeableContent.holds(field, "first-secret")).isFalse();
        assertThat(WipeableContent.holds(field, "second-secret")).isFalse();
        assertThat(WipeableContent.holds(field, "tail")).isFalse();
    }

    @Test
    void aWipedField_takesNewInput() throws Exception {
        JPasswordField field = WipeableContent.passwordField();
        field.getDocument().insertString(0, "one", null);
        WipeableContent.wipe(field);

        field.getDocument().insertString(0, "two", null);

        assertThat(field.getPassword()).containsExactly('t', 'w', 'o');
    }
}
