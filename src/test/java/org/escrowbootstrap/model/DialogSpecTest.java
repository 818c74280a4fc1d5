package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogSpecTest {

    private static DialogSpec nullsEverywhere() {
        return new DialogSpec(
                null, null, null, null, null, false, 0, null, null, null, null, null, null, null, false, null, null,
                null, null, null, null, null, null, false, false, null, false, false, null, false, false, false, null);
    }

    @Test
    void constructor_fillsDefaultsForNullParts() {
        DialogSpec spec = nullsEverywhere();

        assertThat(spec.window()).isEqualTo(WindowSpec.defaults());
        assertThat(spec.titleStyle()).isEqualTo(TextStyle.defaults());
        assertThat(spec.banner()).isEqualTo(ImageRef.none());
        assertThat(spec.messageStyle()).isEqualTo(TextStyle.defaults());
        assertThat(spec.messageAlignment()).isEqualTo(Alignment.LEFT);
        assertThat(spec.messagePosition()).isEqualTo(VerticalPosition.TOP);
        assertThat(spec.icon()).isEqualTo(IconSpec.defaults());
        assertThat(spec.fields()).isEmpty();
        assertThat(spec.buttons()).isEqualTo(Buttons.ok());
        assertThat(spec.list()).isEqualTo(ListSpec.none());
        assertThat(spec.title()).isNull();
        assertThat(spec.watermark()).isEqualTo(Watermark.none());
    }

    @Test
    void builder_startsWithAnEmptyTitleStrip() {
        DialogSpec spec = DialogSpec.builder().build();

        assertThat(spec.title()).isEmpty();
        assertThat(spec.hasTitleArea()).isTrue();
        assertThat(DialogSpec.builder().title(null).build().hasTitleArea()).isFalse();
    }

    @Test
    void fields_areCopied() {
        List<TextFieldSpec> fields = new ArrayList<>(List.of(TextFieldSpec.plain("A")));
        DialogSpec spec = DialogSpec.builder().fields(fields).build();

        fields.add(TextFieldSpec.plain("B"));

        assertThat(spec.fields()).containsExactly(TextFieldSpec.plain("A"));
        assertThatThrownBy(() -> spec.fields().add(TextFieldSpec.plain("C")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void bannerHeight_mustBeInRange() {
        assertThatThrownBy(() -> DialogSpec.builder().bannerHeight(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DialogSpec.builder().bannerHeight(1001).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DialogSpec.builder().bannerHeight(1000).build().bannerHeight())
                .isEqualTo(1000);
    }

    @Test
    void bannerTitle_withoutBanner_goesBackToTheTitleArea() {
        DialogSpec spec = DialogSpec.builder().title("T").bannerTitle(true).build();

        assertThat(spec.bannerTitle()).isFalse();
        assertThat(spec.hasTitleArea()).isTrue();
    }

    @Test
    void bannerTitle_withBanner_hasNoTitleArea() {
        DialogSpec spec = DialogSpec.builder()
                .title("T")
                .banner(ImageRef.parse("colour=blue"))
                .bannerTitle(true)
                .build();

        assertThat(spec.bannerTitle()).isTrue();
        assertThat(spec.hasBanner()).isTrue();
        assertThat(spec.hasTitleArea()).isFalse();
    }

    @Test
    void waitsForProgram_onlyWithoutButtonsAndTimer() {
        assertThat(DialogSpec.builder().buttons(Buttons.none()).build().waitsForProgram())
                .isTrue();
        assertThat(DialogSpec.builder().build().waitsForProgram()).isFalse();
        assertThat(DialogSpec.builder()
                        .buttons(Buttons.none())
                        .timer(new TimerSpec(5, false))
                        .build()
                        .waitsForProgram())
                .isFalse();
        assertThat(DialogSpec.builder()
                        .buttons(Buttons.none().withInfoButton("Help", null))
                        .build()
                        .waitsForProgram())
                .isFalse();
    }

    @Test
    void toBuilder_roundTrips() {
        DialogSpec spec = DialogSpec.builder()
                .title("T")
                .subtitle("S")
                .message("M")
                .infoBox("I")
                .field(TextFieldSpec.password("P"))
                .buttons(Buttons.okCancel("Go", "Stop"))
                .timer(new TimerSpec(30, true))
                .progress(ProgressSpec.busy("working"))
                .jsonOutput(true)
                .alwaysReturnInput(true)
                .liveValidation(true)
                .bannerHeight(120)
                .build();

        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        assertThat(spec.toBuilder().title("Other").build().title()).isEqualTo("Other");
    }
}
