package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextFieldSpecTest {

    @Test
    void label_marksRequiredFieldsWithAStar() {
        assertThat(TextFieldSpec.password("Enter Password").label()).isEqualTo("Enter Password *");
        assertThat(TextFieldSpec.plain("Name").label()).isEqualTo("Name");
    }

    @Test
    void outputKey_isTheNameWhenGiven_elseTheTitle() {
        assertThat(new TextFieldSpec("Password", "pw", true, false, null, null, null, null, false).outputKey())
                .isEqualTo("pw");
        assertThat(TextFieldSpec.plain("Password").outputKey()).isEqualTo("Password");
    }

    @Test
    void emptyOptionalTexts_becomeNull() {
        TextFieldSpec field = new TextFieldSpec("T", "", false, false, "", "", "", "", false);

        assertThat(field.name()).isNull();
        assertThat(field.prompt()).isNull();
        assertThat(field.regex()).isNull();
        assertThat(field.regexError()).isNull();
        assertThat(field.value()).isEmpty();
        assertThat(field.outputKey()).isEqualTo("T");
    }

    @Test
    void title_isRequired() {
        assertThatThrownBy(() -> TextFieldSpec.plain(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pattern_compilesOrIsEmpty() {
        assertThat(new TextFieldSpec("T", null, false, false, null, null, "^\\d+$", null, false).pattern())
                .hasValueSatisfying(p -> assertThat(p.matcher("123").matches()).isTrue());
        assertThat(new TextFieldSpec("T", null, false, false, null, null, "(", null, false).pattern())
                .isEmpty();
        assertThat(TextFieldSpec.plain("T").pattern()).isEmpty();
    }

    @Test
    void regexMessage_defaultsToSwiftDialogsWording() {
        assertThat(TextFieldSpec.plain("Asset tag").regexMessage())
                .isEqualTo("\"Asset tag\" doesn't match the required format");
        assertThat(new TextFieldSpec("T", null, false, false, null, null, "x", "Six digits", false).regexMessage())
                .isEqualTo("Six digits");
    }

    @Test
    void presets() {
        assertThat(TextFieldSpec.password("P"))
                .isEqualTo(new TextFieldSpec("P", null, true, true, null, null, null, null, false));
        assertThat(TextFieldSpec.plain("N"))
                .isEqualTo(new TextFieldSpec("N", null, false, false, null, null, null, null, false));
    }

    @Test
    void withValue_changesOnlyTheValue() {
        TextFieldSpec field = TextFieldSpec.password("P").withValue("prefill");

        assertThat(field).isEqualTo(new TextFieldSpec("P", null, true, true, null, "prefill", null, null, false));
    }
}
