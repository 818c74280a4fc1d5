package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each key type's rules: what JSON must write, what text sources may write, and the refusal messages. */
class EscrowValueCheckTest {

    private static EscrowValueCheck.Checked json(EscrowConfigKey key, Object raw) {
        return EscrowValueCheck.check(key, raw, false, null);
    }

    private static EscrowValueCheck.Checked text(EscrowConfigKey key, String raw) {
        return EscrowValueCheck.check(key, raw, true, null);
    }

    private static Object accepted(EscrowValueCheck.Checked checked) {
        assertThat(checked).isInstanceOf(EscrowValueCheck.Accepted.class);
        return ((EscrowValueCheck.Accepted) checked).value();
    }

    private static String refused(EscrowValueCheck.Checked checked) {
        assertThat(checked).isInstanceOf(EscrowValueCheck.Refused.class);
        return ((EscrowValueCheck.Refused) checked).reason();
    }

    @Test
    void integer_inRange_fromJsonNumberOrText() {
        assertThat(accepted(json(EscrowConfigKey.MAX_ATTEMPTS, new BigDecimal("4"))))
                .isEqualTo(4);
        assertThat(accepted(json(EscrowConfigKey.MAX_ATTEMPTS, new BigDecimal("4.0"))))
                .isEqualTo(4);
        assertThat(accepted(text(EscrowConfigKey.MAX_ATTEMPTS, " 7 "))).isEqualTo(7);
        assertThat(accepted(json(EscrowConfigKey.MAX_ATTEMPTS, 4L))).isEqualTo(4);
        assertThat(accepted(text(EscrowConfigKey.MAX_ATTEMPTS, "4.0"))).isEqualTo(4);
    }

    @Test
    void integer_refusals() {
        assertThat(refused(json(EscrowConfigKey.MAX_ATTEMPTS, new BigDecimal("11"))))
                .isEqualTo("must be a whole number from 1 to 10, got 11");
        assertThat(refused(json(EscrowConfigKey.MAX_ATTEMPTS, new BigDecimal("2.5"))))
                .isEqualTo("must be a whole number from 1 to 10, got 2.5");
        assertThat(refused(json(EscrowConfigKey.MAX_ATTEMPTS, "3")))
                .isEqualTo("must be a whole number from 1 to 10, got \"3\"");
        assertThat(refused(text(EscrowConfigKey.TITLE_OFFSET, "1e400"))).contains("from -400 to 400");
        assertThat(refused(json(EscrowConfigKey.MAX_ATTEMPTS, 11L)))
                .isEqualTo("must be a whole number from 1 to 10, got 11");
        assertThat(refused(json(EscrowConfigKey.MAX_ATTEMPTS, 4_294_967_297L)))
                .isEqualTo("must be a whole number from 1 to 10, got 4294967297");
        assertThat(refused(text(EscrowConfigKey.MAX_ATTEMPTS, "-0")))
                .isEqualTo("must be a whole number from 1 to 10, got 0");
    }

    @Test
    void bool_jsonOrTextWords() {
        assertThat(accepted(json(EscrowConfigKey.RUN_RECON, false))).isEqualTo(false);
        assertThat(accepted(text(EscrowConfigKey.RUN_RECON, "Yes"))).isEqualTo(true);
        assertThat(accepted(text(EscrowConfigKey.RUN_RECON, "0"))).isEqualTo(false);
        assertThat(accepted(text(EscrowConfigKey.RUN_RECON, "off"))).isEqualTo(false);
        assertThat(refused(json(EscrowConfigKey.RUN_RECON, "true"))).isEqualTo("must be true or false, got \"true\"");
        assertThat(refused(text(EscrowConfigKey.RUN_RECON, "maybe"))).isEqualTo("must be true or false, got \"maybe\"");
    }

    @Test
    void label_mustNotBeBlank_textMayBeEmpty() {
        assertThat(refused(json(EscrowConfigKey.BUTTON_OK, " ")))
                .isEqualTo("must be a non-empty text, got an empty text");
        assertThat(accepted(json(EscrowConfigKey.SUBTITLE, ""))).isEqualTo("");
        assertThat(refused(json(EscrowConfigKey.SUBTITLE, new BigDecimal(5)))).isEqualTo("must be a text, got 5");
        assertThat(refused(json(EscrowConfigKey.SUBTITLE, 5L))).isEqualTo("must be a text, got 5");
    }

    @Test
    void colour_hexOrName() {
        assertThat(accepted(json(EscrowConfigKey.TITLE_COLOUR, "#1a2b3c"))).isEqualTo("#1a2b3c");
        assertThat(accepted(json(EscrowConfigKey.TITLE_COLOUR, "white"))).isEqualTo("white");
        assertThat(refused(json(EscrowConfigKey.TITLE_COLOUR, "#12345"))).isEqualTo("must be a colour, got \"#12345\"");
    }

    @Test
    void image_nonFileSourcesAreAcceptedAsWritten() {
        assertThat(accepted(json(EscrowConfigKey.BANNER, "colour=#003366"))).isEqualTo("colour=#003366");
        assertThat(accepted(json(EscrowConfigKey.ICON, "SF=lock.fill,colour=red")))
                .isEqualTo("SF=lock.fill,colour=red");
        assertThat(accepted(json(EscrowConfigKey.ICON, "https://example.org/logo.png")))
                .isEqualTo("https://example.org/logo.png");
        assertThat(accepted(json(EscrowConfigKey.OVERLAY_PROMPT, "none"))).isEqualTo("none");
        assertThat(accepted(json(EscrowConfigKey.BANNER, ""))).isEqualTo("");
    }

    @Test
    void image_bareColourForTheBanner_meansTheColour() {
        assertThat(accepted(text(EscrowConfigKey.BANNER, "#0B5394"))).isEqualTo("colour=#0B5394");
        assertThat(accepted(text(EscrowConfigKey.BANNER, "red"))).isEqualTo("colour=red");
        assertThat(refused(text(EscrowConfigKey.ICON, "#0B5394")))
                .startsWith("names an image file that does not exist");
    }

    @Test
    void image_relativeFileWithoutBase_becomesAbsolute() throws Exception {
        Path file = Files.createTempFile(Path.of(""), "icon", ".png");
        try {
            assertThat(accepted(text(EscrowConfigKey.ICON, file.getFileName().toString())))
                    .isEqualTo(file.toAbsolutePath().normalize().toString());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void image_fileMustExist() {
        assertThat(refused(json(EscrowConfigKey.ICON, "/no/such/icon.png")))
                .isEqualTo("names an image file that does not exist: /no/such/icon.png");
        assertThat(refused(EscrowValueCheck.check(EscrowConfigKey.ICON, "icon.png", true, Path.of("/no/dir"))))
                .isEqualTo("names an image file that does not exist: /no/dir/icon.png");
    }

    @Test
    void path_mustBeAbsolute() {
        assertThat(accepted(json(EscrowConfigKey.LOG_FILE, "/tmp/x.log"))).isEqualTo("/tmp/x.log");
        assertThat(refused(json(EscrowConfigKey.LOG_FILE, "logs/x.log")))
                .isEqualTo("must be an absolute path, got the relative path \"logs/x.log\"");
    }

    @Test
    void unsupported_isRefusedNamingWhatItWas() {
        assertThat(refused(json(EscrowConfigKey.TITLE, new EscrowRawSetting.Unsupported("an object"))))
                .isEqualTo("must be a text, got an object");
    }

    @Test
    void describe_cutsLongTexts() {
        assertThat(EscrowValueCheck.describe("x".repeat(100))).hasSize(63).endsWith("…\"");
    }
}
