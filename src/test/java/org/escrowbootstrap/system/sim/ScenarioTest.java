package org.escrowbootstrap.system.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario names, descriptions and the password hint the preview shows. */
class ScenarioTest {

    @Test
    void find_byIdOrEnumName_ignoringCase() {
        assertThat(Scenario.find("wrong-password-first")).contains(Scenario.WRONG_PASSWORD_FIRST);
        assertThat(Scenario.find("WRONG_PASSWORD_FIRST")).contains(Scenario.WRONG_PASSWORD_FIRST);
        assertThat(Scenario.find(" Pending ")).contains(Scenario.PENDING_THEN_ESCROWED);
        assertThat(Scenario.find("nope")).isEmpty();
        assertThat(Scenario.find(null)).isEmpty();
    }

    @Test
    void ids_areUniqueKebabCase() {
        assertThat(List.of(Scenario.values()))
                .extracting(Scenario::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void catalogue_listsEveryScenarioOnOneLineEach() {
        List<String> lines = Scenario.catalogue().lines().toList();

        assertThat(lines).hasSize(Scenario.values().length);
        assertThat(lines.get(0))
                .isEqualTo("not-escrowed — The token is not escrowed; the demo password stores it. (password:"
                        + " bootstrap)");
    }

    @Test
    void passwordHint_saysWhichPasswordWorks() {
        assertThat(Scenario.NOT_ESCROWED.passwordHint()).isEqualTo("password: bootstrap");
        assertThat(Scenario.WRONG_PASSWORD_FIRST.passwordHint())
                .isEqualTo("password: bootstrap (the first try is always refused)");
        assertThat(Scenario.WRONG_PASSWORD_ALWAYS.passwordHint()).isEqualTo("no password works");
        assertThat(Scenario.ALREADY_ESCROWED.passwordHint()).isEqualTo("no password is asked");
        assertThat(Scenario.NOT_SUPPORTED.passwordHint()).isEqualTo("no password is asked");
        assertThat(Scenario.NOBODY_LOGGED_IN.passwordHint()).isEqualTo("no password is asked");
        assertThat(Scenario.STANDARD_USER.passwordHint())
                .isEqualTo("password: bootstrap, asked only when behaviour.elevateStandardUsers is on");
        assertThat(Scenario.ACCOUNT_DISABLED.passwordHint()).isEqualTo("any password: the account is disabled");
    }

    @Test
    void every_scenarioHasADescriptionEndingInAFullStop() {
        for (Scenario s : Scenario.values()) {
            assertThat(s.description()).as(s.id()).isNotBlank().endsWith(".");
        }
    }
}
