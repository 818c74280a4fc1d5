package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.system.SystemFacts;
import org.escrowbootstrap.testing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Greetings by the time of day, names that may be missing, and the variables of every text. */
class EscrowTextsTest {

    private final EscrowConfig config = EscrowConfig.defaults();

    @ParameterizedTest
    @CsvSource({
        "04:59, Good evening",
        "05:00, Good morning",
        "11:59, Good morning",
        "12:00, Good afternoon",
        "17:59, Good afternoon",
        "18:00, Good evening",
        "23:59, Good evening",
        "00:00, Good evening"
    })
    void greeting_followsTheTimeOfDay(String time, String expected) {
        assertThat(EscrowTexts.greeting(config, LocalTime.parse(time))).isEqualTo(expected);
    }

    @Test
    void render_withAFirstName_greetsByName() {
        EscrowTexts texts =
                new EscrowTexts(config, ManualClock.at("2026-11-28T14:00:00")).user("jdoe", "Jan Doe", "Jan");

        assertThat(texts.render("{greeting}, {firstname}.")).isEqualTo("Good afternoon, Jan.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{greeting}, {firstname}.|Good morning.",
                "{greeting} {firstname}!|Good morning!",
                "{greeting},{firstname}.|Good morning.",
                "Hello {firstname}, welcome|Hello, welcome",
                "{firstname}, welcome|welcome",
                "Dear {userfullname}:|Dear:",
                "{greeting}.|Good morning.",
                "{greeting}、{firstname}さん。|Good morning。",
                "{greeting}，{firstname}。|Good morning。",
                "{greeting}, {firstname}님.|Good morning."
            })
    void render_withoutAName_dropsTheNameAndItsSeparator(String template, String expected) {
        EscrowTexts texts = new EscrowTexts(config, ManualClock.at("2026-11-28T08:00:00")).user("jdoe", null, null);

        assertThat(texts.render(template)).isEqualTo(expected);
    }

    @Test
    void render_fillsTheEngineVariablesAndOurs() {
        EscrowTexts texts = new EscrowTexts(config, ManualClock.at("2026-11-28T08:00:00"))
                .user("jdoe", "Jan Doe", "Jan")
                .facts(new SystemFacts(
                        "Jan's Mac", "MacBook Air", "Apple M2", "SER1AL", "16 GB", "120 GB", "Sonoma", "14.6"))
                .attemptsLeft(2)
                .error("line one\n\nline `two`");

        String all = "{computername}|{computermodel}|{serialnumber}|{username}|{userfullname}|{osversion}|{osname}|"
                + "{chip}|{memory}|{freedisk}|{supportcontact}|{attemptsleft}|{maxattempts}|{error}|{unknown}";

        assertThat(texts.render(all))
                .isEqualTo("Jan's Mac|MacBook Air|SER1AL|jdoe|Jan Doe|14.6|Sonoma|Apple M2|16 GB|120 GB|"
                        + "your IT support team|2|3|line one — line 'two'|{unknown}");
    }

    @Test
    void render_convertsSwiftDialogMarkup() {
        EscrowTexts texts = new EscrowTexts(config, ManualClock.at("2026-11-28T08:00:00"));

        assertThat(texts.render("a<br>b\\nc")).isEqualTo("a  \nb\nc");
    }

    @Test
    void errorText_isOneShortLine() {
        assertThat(EscrowTexts.errorText(null)).isEqualTo("no details");
        assertThat(EscrowTexts.errorText("x".repeat(1000))).hasSize(400).endsWith("…");
    }

    @Test
    void facts_unknownUntilRead() {
        EscrowTexts texts = new EscrowTexts(config, ManualClock.at("2026-11-28T08:00:00"));

        assertThat(texts.render("{chip} {serialnumber}")).isEqualTo("Unknown Unknown");
    }
}
