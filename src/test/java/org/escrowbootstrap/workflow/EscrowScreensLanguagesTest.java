package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.WindowSpec;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.SystemFacts;
import org.escrowbootstrap.system.sim.Scenario;
import org.escrowbootstrap.system.sim.SimulatedMac;
import org.escrowbootstrap.testing.ManualClock;
import org.escrowbootstrap.ui.DialogRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every screen of the escrow in every shipped language, laid out as the window and the preview lay it out: no
 * message to scroll, no info box cut off, no label or button shortened. Longer languages make the window taller.
 */
class EscrowScreensLanguagesTest {

    static List<String> languages() {
        return List.copyOf(EscrowConfig.defaults().availableLanguages());
    }

    /** The screens a user can meet, each with the longest texts it can have (a wrong password, a tool's error). */
    private static Map<String, DialogSpec> everyScreen(String language) {
        EscrowConfig config = EscrowConfig.defaults().forLanguage(language);
        SystemFacts facts =
                ((Result.Ok<SystemFacts>) SimulatedMac.of(Scenario.NOT_ESCROWED).facts()).value();
        EscrowTexts texts = new EscrowTexts(config, ManualClock.at("2026-11-28T19:30:00"))
                .user("avery", "Avery Quinn", "Avery")
                .facts(facts)
                .error("profiles: Error: the MDM server did not answer in time (HTTP 503 Service Unavailable); try"
                        + " again later");
        EscrowScreens screens = new EscrowScreens(config, texts, "*Preview:* bootstrap");
        Map<String, DialogSpec> all = new LinkedHashMap<>();
        all.put("password", screens.password(0));
        all.put("password after a wrong one", screens.password(1));
        all.put("password, last attempt", screens.password(2));
        all.put("password too long", screens.passwordTooLong(1));
        all.put("progress", screens.progress());
        all.put("escrowed", screens.success(EscrowConfigKey.ESCROWED_MESSAGE));
        all.put("already escrowed", screens.success(EscrowConfigKey.ALREADY_ESCROWED_MESSAGE));
        for (EscrowConfigKey failure : List.of(
                EscrowConfigKey.NOT_SUPPORTED_MESSAGE,
                EscrowConfigKey.NOT_ELIGIBLE_MESSAGE,
                EscrowConfigKey.STANDARD_USER_MESSAGE,
                EscrowConfigKey.ACCOUNT_DISABLED_MESSAGE,
                EscrowConfigKey.ATTEMPTS_EXHAUSTED_MESSAGE,
                EscrowConfigKey.ESCROW_FAILED_MESSAGE,
                EscrowConfigKey.NOT_CONFIRMED_MESSAGE,
                EscrowConfigKey.STATUS_UNKNOWN_MESSAGE,
                EscrowConfigKey.TOOL_FAILED_MESSAGE)) {
            all.put(failure.leaf(), screens.failure(failure));
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyScreen_showsAllItsText_inEveryLanguage(String language) {
        everyScreen(language).forEach((name, spec) -> {
            assertThat(spec.growToFit()).isTrue();
            assertThat(DialogRenderer.clipping(spec, warning -> {}))
                    .as(language + ": " + name)
                    .isEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("languages")
    void screens_speakTheLanguage(String language) {
        DialogSpec password = everyScreen(language).get("password");
        String cancel = EscrowConfig.defaults().forLanguage(language).text(EscrowConfigKey.BUTTON_CANCEL);

        assertThat(password.buttons().button2Text()).isEqualTo(cancel);
        assertThat(password.icon().altText())
                .isEqualTo(EscrowConfig.defaults().forLanguage(language).text(EscrowConfigKey.TITLE));
        if (!language.equals("en")) {
            assertThat(password.message()).doesNotContain("Bootstrap Token is not yet stored");
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void aWindowTooSmallForTheText_isWhatTheCheckCatches(String language) {
        DialogSpec cramped = everyScreen(language).get("password after a wrong one").toBuilder()
                .growToFit(false)
                .window(WindowSpec.defaults().withSize(500, 300))
                .build();

        assertThat(DialogRenderer.clipping(cramped, warning -> {})).isNotEmpty();
    }
}
