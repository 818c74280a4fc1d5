package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.Watermark;
import org.junit.jupiter.api.Test;

/** {@code --background} and its companions, from the command line and JSON, to the spec's watermark. */
class WatermarkOptionsTest {

    private List<String> warnings = new ArrayList<>();

    private Watermark cli(String... args) {
        DialogRequest request = DialogSpecReader.read(List.of(args), TemplateVariables.of(java.util.Map.of()));
        warnings = new ArrayList<>(request.warnings());
        return request.spec().watermark();
    }

    @Test
    void noBackground_noWatermark() {
        assertThat(cli("--title", "T")).isEqualTo(Watermark.none());
        assertThat(cli("--title", "T").present()).isFalse();
    }

    @Test
    void aPictureAlone_isHalfOpaque_centred_atItsOwnSize_asSwiftDialogsDefaults() {
        Watermark watermark = cli("--background", "/Library/bg.png");
        assertThat(watermark)
                .isEqualTo(new Watermark(
                        new ImageRef.FilePath("/Library/bg.png"), 0.5, Watermark.Position.CENTER, Watermark.Fill.NONE));
        assertThat(warnings).isEmpty();
    }

    @Test
    void everyCompanion_fromLongAndShortNames() {
        assertThat(cli(
                        "--background",
                        "/bg.png",
                        "--bgalpha",
                        "0.3",
                        "--bgposition",
                        "bottomright",
                        "--bgfill",
                        "fill"))
                .isEqualTo(new Watermark(
                        new ImageRef.FilePath("/bg.png"), 0.3, Watermark.Position.BOTTOMRIGHT, Watermark.Fill.FILL));
        assertThat(cli("-bg", "/bg.png", "-ba", "1", "-bp", "topleft", "-bf", "fit"))
                .isEqualTo(new Watermark(
                        new ImageRef.FilePath("/bg.png"), 1, Watermark.Position.TOPLEFT, Watermark.Fill.FIT));
        assertThat(warnings).isEmpty();
    }

    @Test
    void jsonKeys_areTheLongNames() {
        assertThat(cli(
                        "--jsonstring",
                        "{\"background\": \"colour=#112233\", \"bgalpha\": 0.7, \"bgposition\": \"left\"}"))
                .isEqualTo(new Watermark(
                        ImageRef.parse("colour=#112233"), 0.7, Watermark.Position.LEFT, Watermark.Fill.NONE));
    }

    @Test
    void everyPosition_isOneOfSwiftDialogsNine_centreSpelledEitherWay() {
        for (Watermark.Position position : Watermark.Position.values()) {
            assertThat(cli(
                                    "--background",
                                    "/bg.png",
                                    "--bgposition",
                                    position.name().toLowerCase(java.util.Locale.ROOT))
                            .position())
                    .isEqualTo(position);
        }
        assertThat(cli("--background", "/bg.png", "--bgposition", "centre").position())
                .isEqualTo(Watermark.Position.CENTER);
        assertThat(warnings).isEmpty();
    }

    @Test
    void badValues_warnOnce_andFallBackToSwiftDialogsDefaults() {
        Watermark watermark =
                cli("--background", "/bg.png", "--bgalpha", "lots", "--bgposition", "middle", "--bgfill", "stretch");
        assertThat(watermark)
                .isEqualTo(new Watermark(
                        new ImageRef.FilePath("/bg.png"), 0.5, Watermark.Position.CENTER, Watermark.Fill.NONE));
        assertThat(warnings)
                .containsExactly(
                        "--bgalpha \"lots\" is not an opacity from 0 to 1; 0.5 instead",
                        "--bgposition \"middle\" is not topleft, left, bottomleft, top, center, bottom, topright, right"
                                + " or bottomright; center instead",
                        "--bgfill \"stretch\" is not fill or fit; the picture keeps its own size");
    }

    @Test
    void companionsWithoutABackground_sayTheyDoNothing() {
        assertThat(cli("--bgalpha", "0.3", "--bgfill", "fill").present()).isFalse();
        assertThat(warnings)
                .containsExactly(
                        "--bgalpha does nothing without --background", "--bgfill does nothing without --background");
    }

    @Test
    void bgscale_isAcceptedWithoutAWord_asSwiftDialogNeverAppliesIt() {
        assertThat(cli("--background", "/bg.png", "--bgscale", "fit").fill()).isEqualTo(Watermark.Fill.NONE);
        assertThat(warnings).isEmpty();
    }
}
