package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.escrowbootstrap.model.Validation.Input;
import org.escrowbootstrap.model.Validation.Problem;
import org.escrowbootstrap.model.Validation.Rule;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static TextFieldSpec field(boolean required, String regex, boolean confirm) {
        return new TextFieldSpec("Code", null, false, required, null, null, regex, null, confirm);
    }

    @Test
    void required_emptyFails_filledPasses() {
        assertThat(Validation.checkField(field(true, null, false), Input.of("")))
                .contains(Rule.REQUIRED);
        assertThat(Validation.checkField(field(true, null, false), new Input(null, null)))
                .contains(Rule.REQUIRED);
        assertThat(Validation.checkField(field(true, null, false), Input.of("x")))
                .isEmpty();
        assertThat(Validation.checkField(field(false, null, false), Input.of("")))
                .isEmpty();
    }

    @Test
    void regex_usesFindSemantics() {
        assertThat(Validation.checkField(field(false, "\\d+", false), Input.of("abc123")))
                .isEmpty();
        assertThat(Validation.checkField(field(false, "^\\d+$", false), Input.of("abc123")))
                .contains(Rule.REGEX);
        assertThat(Validation.checkField(field(false, "^\\d{6}$", false), Input.of("123456")))
                .isEmpty();
    }

    @Test
    void regex_emptyValuePasses() {
        assertThat(Validation.checkField(field(false, "^\\d{6}$", false), Input.of("")))
                .isEmpty();
    }

    @Test
    void regex_invalidPatternAlwaysFails() {
        assertThat(Validation.checkField(field(false, "([a-z", false), Input.of("abc")))
                .contains(Rule.REGEX);
        assertThat(Validation.matches(field(false, "([a-z", false), "anything")).isFalse();
    }

    @Test
    void regex_noRegexMatchesAnything() {
        assertThat(Validation.matches(field(false, null, false), "x")).isTrue();
    }

    @Test
    void confirm_mismatchFails_matchPasses() {
        assertThat(Validation.checkField(field(false, null, true), new Input("abc", "abd")))
                .contains(Rule.CONFIRM);
        assertThat(Validation.checkField(field(false, null, true), new Input("abc", "ab")))
                .contains(Rule.CONFIRM);
        assertThat(Validation.checkField(field(false, null, true), new Input("abc", "abc")))
                .isEmpty();
        assertThat(Validation.checkField(field(false, null, true), new Input("", null)))
                .isEmpty();
        assertThat(Validation.checkField(field(false, null, true), new Input("abc", null)))
                .contains(Rule.CONFIRM);
    }

    @Test
    void firstFailingRuleWins() {
        TextFieldSpec all = field(true, "^\\d+$", true);

        assertThat(Validation.checkField(all, new Input("", "x"))).contains(Rule.REQUIRED);
        assertThat(Validation.checkField(all, new Input("abc", "xyz"))).contains(Rule.REGEX);
        assertThat(Validation.checkField(all, new Input("123", "124"))).contains(Rule.CONFIRM);
        assertThat(Validation.checkField(all, new Input("123", "123"))).isEmpty();
    }

    @Test
    void checksSecretsThroughTheirView() {
        Secret secret = Secret.of("hunter2");
        TextFieldSpec password = new TextFieldSpec("Password", null, true, true, null, null, "\\d", null, false);

        assertThat(Validation.checkField(password, Input.of(secret.view()))).isEmpty();
    }

    @Test
    void check_listsProblemsInFieldOrder_inSwiftDialogsWords() {
        List<TextFieldSpec> fields = List.of(
                new TextFieldSpec("Name", null, false, true, null, null, null, null, false),
                new TextFieldSpec("Tag", null, false, false, null, null, "^\\d+$", null, false),
                new TextFieldSpec("Code", null, false, false, null, null, "^x", "Starts with x", false),
                new TextFieldSpec("Password", null, true, false, null, null, null, null, true),
                TextFieldSpec.plain("Free"));
        List<Input> inputs =
                List.of(Input.of(""), Input.of("abc"), Input.of("y"), new Input("a", "b"), Input.of("anything"));

        assertThat(Validation.check(fields, inputs))
                .containsExactly(
                        new Problem(0, Rule.REQUIRED, "\"Name\" is required"),
                        new Problem(1, Rule.REGEX, "\"Tag\" doesn't match the required format"),
                        new Problem(2, Rule.REGEX, "Starts with x"),
                        new Problem(3, Rule.CONFIRM, "\"Password\" confirmation failed: values do not match"));
    }

    @Test
    void check_noProblems_isEmpty() {
        assertThat(Validation.check(List.of(TextFieldSpec.plain("A")), List.of(Input.of(""))))
                .isEmpty();
    }

    @Test
    void check_needsOneInputPerField() {
        assertThatThrownBy(() -> Validation.check(List.of(TextFieldSpec.plain("A")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
