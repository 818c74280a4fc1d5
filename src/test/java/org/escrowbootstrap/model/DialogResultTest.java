package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogResultTest {

    @Test
    void valuesAndSecrets_byKey() {
        Secret secret = Secret.of("pw");
        DialogResult result = new DialogResult(
                ExitCode.BUTTON1,
                List.of(new FieldValue.Text("Name", "Alex"), new FieldValue.Hidden("Password", secret)));

        assertThat(result.isButton1()).isTrue();
        assertThat(result.value("Name")).contains(new FieldValue.Text("Name", "Alex"));
        assertThat(result.secret("Password")).containsSame(secret);
        assertThat(result.secret("Name")).isEmpty();
        assertThat(result.firstSecret()).containsSame(secret);
    }

    @Test
    void close_wipesEverySecret() {
        Secret secret = Secret.of("pw");
        DialogResult result = new DialogResult(ExitCode.BUTTON2, List.of(new FieldValue.Hidden("p", secret)));

        result.close();

        assertThat(secret.isWiped()).isTrue();
    }

    @Test
    void values_areCopied_andExitCodeRequired() {
        List<FieldValue> values = new ArrayList<>();
        DialogResult result = new DialogResult(ExitCode.TIMER, values);
        values.add(new FieldValue.Text("a", "b"));

        assertThat(result.values()).isEmpty();
        assertThat(DialogResult.of(ExitCode.QUIT_KEY).values()).isEmpty();
        assertThatThrownBy(() -> new DialogResult(null, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
