package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static final TemplateVariables VARIABLES =
            TemplateVariables.of(Map.of("serialnumber", "C02XYZ", "username", "alex", "HOME", "/Users/alex"));

    @Test
    void substitute_replacesKnownNames() {
        assertThat(Templates.substitute("Mac {serialnumber} of {username} at {HOME}", VARIABLES))
                .isEqualTo("Mac C02XYZ of alex at /Users/alex");
    }

    @Test
    void substitute_leavesUnknownNamesAndNonNames() {
        assertThat(Templates.substitute("{nosuch} { username } {1x} {} {username", VARIABLES))
                .isEqualTo("{nosuch} { username } {1x} {} {username");
    }

    @Test
    void substitute_isCaseSensitive() {
        assertThat(Templates.substitute("{UserName}", VARIABLES)).isEqualTo("{UserName}");
    }

    @Test
    void substitute_valuesWithDollarsAndBackslashes_areLiteral() {
        TemplateVariables odd = TemplateVariables.of(Map.of("v", "$1 \\ ${x}"));

        assertThat(Templates.substitute("[{v}]", odd)).isEqualTo("[$1 \\ ${x}]");
    }

    @Test
    void substitute_nullAndBraceless() {
        assertThat(Templates.substitute(null, VARIABLES)).isNull();
        assertThat(Templates.substitute("plain", VARIABLES)).isEqualTo("plain");
    }

    @Test
    void markup_turnsBackslashNIntoNewline() {
        assertThat(Templates.markup("one\\ntwo")).isEqualTo("one\ntwo");
    }

    @Test
    void markup_brIsAMarkdownLineBreak() {
        assertThat(Templates.markup("a<br>b<BR/>c<br />d")).isEqualTo("a  \nb  \nc  \nd");
    }

    @Test
    void markup_hrIsAThematicBreak() {
        assertThat(Templates.markup("above<hr>below")).isEqualTo("above\n\n---\n\nbelow");
        assertThat(Templates.markup("<HR/>")).isEqualTo("\n\n---\n\n");
    }

    @Test
    void markup_null() {
        assertThat(Templates.markup(null)).isNull();
    }

    @Test
    void apply_doesBoth() {
        assertThat(Templates.apply("Hi {username}\\nSerial: {serialnumber}<br>ok", VARIABLES))
                .isEqualTo("Hi alex\nSerial: C02XYZ  \nok");
    }
}
