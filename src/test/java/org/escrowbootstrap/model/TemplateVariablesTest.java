package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateVariablesTest {

    @Test
    void of_copiesTheMap() {
        Map<String, String> values = new HashMap<>(Map.of("a", "1"));
        TemplateVariables variables = TemplateVariables.of(values);

        values.put("a", "2");

        assertThat(variables.lookup("a")).contains("1");
        assertThat(variables.lookup("b")).isEmpty();
    }

    @Test
    void none_knowsNothing() {
        assertThat(TemplateVariables.none().lookup("username")).isEmpty();
    }

    @Test
    void orElse_fallsBack() {
        TemplateVariables env = TemplateVariables.of(Map.of("username", "fromEnv"));
        TemplateVariables system = TemplateVariables.of(Map.of("username", "console", "osname", "Sonoma"));

        TemplateVariables both = env.orElse(system);

        assertThat(both.lookup("username")).contains("fromEnv");
        assertThat(both.lookup("osname")).contains("Sonoma");
        assertThat(both.lookup("x")).isEmpty();
    }
}
