package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines of member names in valid JSON, strings with tricky content included. */
class JsonLineLocatorTest {

    @Test
    void locate_findsNestedMembersAndTheirLines() {
        JsonLineLocator.Lines lines = JsonLineLocator.locate(
                "{\n\"a\": {\n  \"b\": 1,\n  \"c\": {\"d\": true}\n},\n" + "\"e\": [ {\"f\": 2},\n {\"f\": 3} ]\n}");

        assertThat(lines.lineOf("a")).isEqualTo(2);
        assertThat(lines.lineOf("a.b")).isEqualTo(3);
        assertThat(lines.lineOf("a.c")).isEqualTo(4);
        assertThat(lines.lineOf("a.c.d")).isEqualTo(4);
        assertThat(lines.lineOf("e")).isEqualTo(6);
        assertThat(lines.lineOf("e[0].f")).isEqualTo(6);
        assertThat(lines.lineOf("e[1].f")).isEqualTo(7);
        assertThat(lines.duplicates()).isEmpty();
    }

    @Test
    void locate_ignoresBracesColonsAndQuotesInsideStrings() {
        JsonLineLocator.Lines lines =
                JsonLineLocator.locate("{\"a\": \"x: {y}, \\\"z\\\": [\",\n\"b\\u0041\": \"line\\nbreak\",\n\"c\": 1}");

        assertThat(lines.lineOf("a")).isEqualTo(1);
        assertThat(lines.lineOf("bA")).isEqualTo(2);
        assertThat(lines.lineOf("c")).isEqualTo(3);
        assertThat(lines.lines()).hasSize(3);
    }

    @Test
    void locate_reportsDuplicateMembers() {
        JsonLineLocator.Lines lines = JsonLineLocator.locate("{\"a\": 1,\n\"a\": 2}");

        assertThat(lines.lineOf("a")).isEqualTo(1);
        assertThat(lines.duplicates()).containsExactly("a");
    }

    @Test
    void lineOf_unknownPath_isZero() {
        assertThat(JsonLineLocator.locate("{}").lineOf("nothing")).isZero();
    }
}
