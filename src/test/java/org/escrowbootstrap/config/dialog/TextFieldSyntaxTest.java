package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.TextFieldSpec;
import org.junit.jupiter.api.Test;

class TextFieldSyntaxTest {

    private final List<String> warnings = new ArrayList<>();

    private TextFieldSpec parse(String spec) {
        return TextFieldSyntax.parse(spec, warnings);
    }

    @Test
    void parse_titleOnly() {
        assertThat(parse("Enter your name")).isEqualTo(TextFieldSpec.plain("Enter your name"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void parse_bareWords() {
        TextFieldSpec field = parse("Password,secure,required,confirm");

        assertThat(field).isEqualTo(new TextFieldSpec("Password", null, true, true, null, null, null, null, true));
    }

    @Test
    void parse_bareWordsWithASpaceAfterTheComma() {
        TextFieldSpec field = parse("Password, secure, required");

        assertThat(field.title()).isEqualTo("Password");
        assertThat(field.secure()).isTrue();
        assertThat(field.required()).isTrue();
    }

    @Test
    void parse_keyValuePairs() {
        TextFieldSpec field = parse("Asset tag,name=asset,prompt=e.g. 123456,value=000001,regex=^\\d{6}$,"
                + "regexerror=Six digits please");

        assertThat(field)
                .isEqualTo(new TextFieldSpec(
                        "Asset tag",
                        "asset",
                        false,
                        false,
                        "e.g. 123456",
                        "000001",
                        "^\\d{6}$",
                        "Six digits please",
                        false));
    }

    @Test
    void parse_valuesAreRaw_quotesAndSpacesKept() {
        TextFieldSpec field = parse("Name,prompt=\"Your full name\" ,value= x ");

        assertThat(field.prompt()).isEqualTo("\"Your full name\" ");
        assertThat(field.value()).isEqualTo(" x ");
    }

    @Test
    void parse_valuesMayHoldEqualsSignsAndCommas() {
        TextFieldSpec field = parse("Formula,value=a=b,c,regex=^[a-z]+=[a-z]+$");

        assertThat(field.value()).isEqualTo("a=b,c");
        assertThat(field.regex()).isEqualTo("^[a-z]+=[a-z]+$");
    }

    @Test
    void parse_aBareWordAfterACommaEndsAValue() {
        TextFieldSpec field = parse("Code,prompt=Enter it,required");

        assertThat(field.prompt()).isEqualTo("Enter it");
        assertThat(field.required()).isTrue();
    }

    @Test
    void parse_aWordThatMerelyStartsLikeAModifierIsText() {
        TextFieldSpec field = parse("Code,prompt=Enter, securely");

        assertThat(field.prompt()).isEqualTo("Enter, securely");
        assertThat(field.secure()).isFalse();
    }

    @Test
    void parse_keyWithoutCommaAfterASpace_asSwiftDialogAccepts() {
        TextFieldSpec field = parse("Name prompt=Your name");

        assertThat(field.title()).isEqualTo("Name");
        assertThat(field.prompt()).isEqualTo("Your name");
    }

    @Test
    void parse_keysInsideAWordAreText() {
        assertThat(parse("Username=x").title()).isEqualTo("Username=x");
    }

    @Test
    void parse_modifiersAreCaseInsensitive() {
        TextFieldSpec field = parse("PIN,Secure,PROMPT=four digits");

        assertThat(field.secure()).isTrue();
        assertThat(field.prompt()).isEqualTo("four digits");
    }

    @Test
    void parse_regexErrorIsNotMistakenForRegex() {
        TextFieldSpec field = parse("X,regexerror=Wrong,regex=^a");

        assertThat(field.regex()).isEqualTo("^a");
        assertThat(field.regexError()).isEqualTo("Wrong");
    }

    @Test
    void parse_defaultRegexMessageNamesTheTitle() {
        assertThat(parse("Code,regex=^\\d+$").regexMessage()).isEqualTo("\"Code\" doesn't match the required format");
    }

    @Test
    void parse_editorAndFileSelect_andPasswordfillAcceptedSilently_onlyIsdateWarns() {
        TextFieldSpec field = parse("Notes,editor,fileselect,filetype=pdf png,path=/Users,isdate=true,passwordfill");

        assertThat(field.title()).isEqualTo("Notes");
        assertThat(field.editor()).isTrue();
        assertThat(field.fileSelect()).isTrue();
        assertThat(field.fileTypes()).isEqualTo("pdf png");
        assertThat(field.path()).isEqualTo("/Users");
        assertThat(warnings)
                .containsExactly("--textfield \"Notes\": \"isdate\" is not supported by escrow-bootstrap, ignored");
    }

    @Test
    void parse_filetypeWithoutFileselect_warns() {
        parse("Doc,filetype=pdf");

        assertThat(warnings).containsExactly("--textfield \"Doc\": filetype= and path= do nothing without fileselect");
    }

    @Test
    void parse_nameWithoutTitle_isFine() {
        TextFieldSpec field = parse(",name=pw,secure");

        assertThat(field.title()).isEmpty();
        assertThat(field.outputKey()).isEqualTo("pw");
        assertThat(warnings).isEmpty();
    }

    @Test
    void parse_noTitleAndNoName_warns() {
        parse(",secure");

        assertThat(warnings)
                .containsExactly("--textfield \",secure\" has no title; its value is printed with an empty name");
    }

    @Test
    void parse_nonAsciiTitle() {
        assertThat(parse("Mot de passe é 🔑,secure").title()).isEqualTo("Mot de passe é 🔑");
    }
}
