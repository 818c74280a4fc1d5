package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.ButtonLook;
import org.escrowbootstrap.model.ControlSize;
import org.escrowbootstrap.model.DialogUpdate;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;

/** {@code --buttonstyle}, {@code --buttonsize} and the command file's {@code buttonsize:}. */
class ButtonLookTest {

    private static DialogRequest read(String... args) {
        return DialogSpecReader.read(List.of(args), TemplateVariables.of(Map.of()));
    }

    @Test
    void styleAndSize_fromTheCommandLineAndJson() {
        assertThat(read("--buttonstyle", "centre", "--buttonsize", "large")
                        .spec()
                        .buttonLook())
                .isEqualTo(new ButtonLook(ButtonLook.Arrangement.CENTRE, ControlSize.LARGE));
        assertThat(read("--buttonstyle", "center").spec().buttonLook().arrangement())
                .isEqualTo(ButtonLook.Arrangement.CENTRE);
        assertThat(read("--jsonstring", "{\"buttonstyle\": \"stack\", \"buttonsize\": \"mini\"}")
                        .spec()
                        .buttonLook())
                .isEqualTo(new ButtonLook(ButtonLook.Arrangement.STACK, ControlSize.MINI));
        assertThat(read("--title", "T").spec().buttonLook()).isEqualTo(ButtonLook.defaults());
    }

    @Test
    void badValues_warnOnce_andKeepTheDefault() {
        DialogRequest request = read("--buttonstyle", "sideways", "--buttonsize", "huge");

        assertThat(request.spec().buttonLook()).isEqualTo(ButtonLook.defaults());
        assertThat(request.warnings())
                .containsExactly(
                        "--buttonstyle \"sideways\" is not center, centre or stack; ignored",
                        "--buttonsize \"huge\" is not mini, small, regular or large; ignored");
    }

    @Test
    void buttonsizeCommand_changesTheSize_andKeepsTheArrangement() {
        CommandFileSyntax.Parsed parsed =
                CommandFileSyntax.create(TemplateVariables.of(Map.of())).parse("buttonsize: small");

        assertThat(parsed.warnings()).isEmpty();
        DialogUpdate update = parsed.update().orElseThrow();
        assertThat(update.applyTo(read("--buttonstyle", "stack").spec()).buttonLook())
                .isEqualTo(new ButtonLook(ButtonLook.Arrangement.STACK, ControlSize.SMALL));
    }
}
