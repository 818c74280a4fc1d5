package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.ButtonLook;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.VerticalPosition;
import org.junit.jupiter.api.Test;

/** {@code --style} and {@code --mini} set other options, as swiftDialog's presets do. */
class StylePresetsTest {

    private static DialogRequest read(String... args) {
        return DialogSpecReader.read(List.of(args), TemplateVariables.of(Map.of()));
    }

    @Test
    void caution_isASmallCentredAlert_withTheTitleAsAHeading_andTheCautionIcon() {
        DialogSpec spec = read("--style", "caution", "--title", "Low disk", "--message", "Free 20 GB.")
                .spec();

        assertThat(spec.title()).isNull();
        assertThat(spec.message()).isEqualTo("### Low disk\n\nFree 20 GB.");
        assertThat(spec.window().width()).isEqualTo(300);
        assertThat(spec.window().height()).isEqualTo(300);
        assertThat(spec.icon().icon()).isEqualTo(ImageRef.parse("caution"));
        assertThat(spec.icon().size()).isEqualTo(80);
        assertThat(spec.icon().centred()).isTrue();
        assertThat(spec.messageAlignment()).isEqualTo(Alignment.CENTRE);
        assertThat(spec.messagePosition()).isEqualTo(VerticalPosition.CENTRE);
        assertThat(spec.buttonLook().arrangement()).isEqualTo(ButtonLook.Arrangement.CENTRE);
    }

    @Test
    void centred_keepsAGivenIconSize() {
        assertThat(read("--style", "centred").spec().icon().size()).isEqualTo(110);
        assertThat(read("--style", "centered", "--iconsize", "64").spec().icon().size())
                .isEqualTo(64);
    }

    @Test
    void mini_isSmall_andAProgressBarTakesThePlaceOfTheButtons() {
        DialogSpec spec =
                read("--mini", "--title", "T", "--progress", "10", "--button2").spec();

        assertThat(spec.window().width()).isEqualTo(StylePresets.MINI_WIDTH);
        assertThat(spec.window().height()).isEqualTo(StylePresets.MINI_HEIGHT);
        assertThat(spec.buttons().hasButton1()).isFalse();
        assertThat(spec.buttons().hasButton2()).isFalse();
        assertThat(read("--style", "mini").spec().buttons().hasButton1()).isTrue();
    }

    @Test
    void presentation_isThePresentationOption() {
        DialogRequest style = read("--style", "presentation", "--message", "M");
        assertThat(style.spec().presentation()).isTrue();
        assertThat(style.spec())
                .isEqualTo(read("--presentation", "--message", "M").spec());
        assertThat(style.warnings()).isEmpty();
    }

    @Test
    void anUnknownStyle_warnsOnce() {
        assertThat(read("--style", "fancy").warnings())
                .containsExactly(
                        "--style \"fancy\" is not alert, caution, warning, centred, mini or presentation; ignored");
    }
}
