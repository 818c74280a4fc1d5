package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.config.EscrowConfigLoader;
import org.escrowbootstrap.config.EscrowConfigSources;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The screens as specs: shared branding, and what differs per screen. */
class EscrowScreensTest {

    private static EscrowScreens screens(String note, String... overrides) {
        EscrowConfig config = EscrowConfigLoader.load(
                        EscrowConfigSources.of(Path.of("/nonexistent-root"), null, null, List.of(overrides)))
                .config();
        EscrowTexts texts =
                new EscrowTexts(config, ManualClock.at("2026-11-28T19:30:00")).user("avery", "Avery Quinn", "Avery");
        return new EscrowScreens(config, texts, note);
    }

    @Test
    void password_isTheBrandedPromptWithARequiredSecureField() {
        DialogSpec spec = screens(null).password(0);

        assertThat(spec.message()).startsWith("Good evening, Avery.");
        assertThat(spec.fields()).singleElement().satisfies(f -> {
            assertThat(f.outputKey()).isEqualTo(EscrowScreens.PASSWORD_KEY);
            assertThat(f.secure()).isTrue();
            assertThat(f.required()).isTrue();
            assertThat(f.prompt()).isEqualTo("Your Mac login password");
        });
        assertThat(spec.titleStyle().weight()).isEqualTo(FontWeight.BOLD);
        assertThat(spec.titleStyle().alignment()).isEqualTo(Alignment.CENTRE);
        assertThat(spec.titleStyle().size()).isEqualTo(30f);
        assertThat(spec.bannerHeight()).isEqualTo(110);
        assertThat(spec.icon().size()).isEqualTo(150);
        assertThat(spec.icon().icon()).isEqualTo(ImageRef.parse("default"));
        assertThat(spec.buttons().hasInfoButton()).isFalse();
    }

    @Test
    void password_afterWrongAttempts_countsDown() {
        EscrowScreens screens = screens(null, "behaviour.maxAttempts=4");

        assertThat(screens.password(1).message()).endsWith("3 attempts left.**");
        assertThat(screens.password(2).message()).endsWith("2 attempts left.**");
        assertThat(screens.password(3).message()).endsWith("This is the last attempt.**");
    }

    @Test
    void progress_waitsForTheProgram() {
        DialogSpec spec = screens(null).progress();

        assertThat(spec.waitsForProgram()).isTrue();
        assertThat(spec.timer()).isNull();
        assertThat(spec.fields()).isEmpty();
        assertThat(spec.progress().indeterminate()).isTrue();
    }

    @Test
    void results_carryTheirBadgeAndOneDoneButton() {
        EscrowScreens screens = screens(null);

        DialogSpec success = screens.success(EscrowConfigKey.ESCROWED_MESSAGE);
        DialogSpec failure = screens.failure(EscrowConfigKey.NOT_SUPPORTED_MESSAGE);

        assertThat(success.icon().overlay()).isEqualTo(ImageRef.parse("SF=checkmark.circle.fill,colour=#34C759"));
        assertThat(failure.icon().overlay()).isEqualTo(ImageRef.parse("SF=xmark.octagon.fill,colour=#FF3B30"));
        assertThat(failure.buttons().button1Text()).isEqualTo("Done");
        assertThat(failure.buttons().hasButton2()).isFalse();
        assertThat(failure.timer().seconds()).isEqualTo(600);
        assertThat(failure.timer().hideBar()).isTrue();
    }

    @Test
    void emptyTitle_meansNoTitle() {
        DialogSpec spec = screens(null, "branding.title=").password(0);

        assertThat(spec.title()).isNull();
        assertThat(spec.hasTitleArea()).isFalse();
    }

    @Test
    void helpButton_needsALabelAndALink() {
        assertThat(screens(null, "support.buttonText=Help")
                        .password(0)
                        .buttons()
                        .hasInfoButton())
                .isFalse();
        assertThat(screens(null, "support.url=https://x.example")
                        .password(0)
                        .buttons()
                        .hasInfoButton())
                .isFalse();
        assertThat(screens(null, "support.buttonText=Help", "support.url=https://x.example")
                        .success(EscrowConfigKey.ESCROWED_MESSAGE)
                        .buttons()
                        .infoButtonAction())
                .isEqualTo("https://x.example");
    }

    @Test
    void infoBoxNote_isAddedUnderTheFacts_orStandsAlone() {
        assertThat(screens("**Preview** password: bootstrap", "branding.infoBox=Facts")
                        .progress()
                        .infoBox())
                .isEqualTo("Facts\n\n**Preview** password: bootstrap");
        assertThat(screens("note", "branding.infoBox=").progress().infoBox()).isEqualTo("note");
    }

    @Test
    void everyScreen_isOnTopAndMoveable_byDefault_asTheScriptsItReplaces() {
        EscrowScreens screens = screens(null);

        for (DialogSpec spec :
                List.of(screens.password(0), screens.progress(), screens.success(EscrowConfigKey.ESCROWED_MESSAGE))) {
            assertThat(spec.window().onTop()).isTrue();
            assertThat(spec.window().moveable()).isTrue();
        }
    }

    @Test
    void onTopAndMoveable_areTheAdminsToTurnOff() {
        DialogSpec spec = screens(null, "branding.windowOnTop=false", "branding.windowMoveable=false")
                .password(0);

        assertThat(spec.window().onTop()).isFalse();
        assertThat(spec.window().moveable()).isFalse();
    }
}
