package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.CheckboxSpec;
import org.escrowbootstrap.model.CheckboxStyle;
import org.escrowbootstrap.model.Choices;
import org.escrowbootstrap.model.ControlSize;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.InputSection;
import org.escrowbootstrap.model.SelectSpec;
import org.escrowbootstrap.model.SelectSpec.Style;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;

/** Selects, check boxes and the check box style, from the command line and from JSON, to the spec. */
class ChoicesOptionsTest {

    private List<String> warnings = new ArrayList<>();

    private Choices cli(String... args) {
        DialogRequest request = DialogSpecReader.read(List.of(args), TemplateVariables.of(Map.of("site", "Paris")));
        warnings = new ArrayList<>(request.warnings());
        DialogSpec spec = request.spec();
        return spec.choices();
    }

    private Choices json(String json) {
        return cli("--jsonstring", json);
    }

    @Test
    void oneSelect_titleValuesDefault() {
        Choices choices =
                cli("--selecttitle", "Site", "--selectvalues", "London, Paris ,---,Tokyo", "--selectdefault", "Paris");

        assertThat(choices.selects())
                .containsExactly(new SelectSpec(
                        "Site", null, List.of("London", "Paris", "---", "Tokyo"), "Paris", false, Style.LIST));
        assertThat(warnings).isEmpty();
    }

    @Test
    void severalSelects_pairByOrder_withModifiers() {
        Choices choices = cli(
                "--selecttitle", "Site,required,radio",
                "--selectvalues", "A,B",
                "--selecttitle", "Team,name=team,multiselect",
                "--selectvalues", "X,Y,Z",
                "--selectdefault", "",
                "--selectdefault", "Y");

        assertThat(choices.selects())
                .containsExactly(
                        new SelectSpec("Site", null, List.of("A", "B"), null, true, Style.RADIO),
                        new SelectSpec("Team", "team", List.of("X", "Y", "Z"), "Y", false, Style.MULTISELECT));
        assertThat(choices.selects().get(0).initialValue()).isEqualTo("A"); // a radio group always has a choice
        assertThat(choices.selects().get(1).outputKey()).isEqualTo("team");
    }

    @Test
    void valuesWithoutATitle_areAListWithAnEmptyTitle_asInSwiftDialog() {
        Choices choices = cli("--selectvalues", "A,B");

        assertThat(choices.selects()).extracting(SelectSpec::title).containsExactly("");
    }

    @Test
    void templates_applyToCommandLineValues() {
        Choices choices = cli("--selecttitle", "Office", "--selectvalues", "{site},Rome", "--selectdefault", "{site}");

        assertThat(choices.selects().get(0).values()).containsExactly("Paris", "Rome");
        assertThat(choices.selects().get(0).defaultValue()).isEqualTo("Paris");
    }

    @Test
    void badSelects_oneWarningEach_andASensibleDialog() {
        Choices choices = cli(
                "--selecttitle", "Site,name=a,name=b,bogus",
                "--selectvalues", "A,B",
                "--selectdefault", "C",
                "--selecttitle", "Empty",
                "--selectvalues", " ,---");

        assertThat(choices.selects()).hasSize(1);
        assertThat(choices.selects().get(0).name()).isEqualTo("b");
        assertThat(choices.selects().get(0).defaultValue()).isNull();
        assertThat(warnings)
                .containsExactly(
                        "--selecttitle \"Site\": name= given twice; the last one counts",
                        "--selecttitle \"Site\": unknown modifier \"bogus\" (required, radio, searchable, multiselect"
                                + " or name=), ignored",
                        "select \"Site\": the default \"C\" is not one of its values; nothing is chosen at first",
                        "select \"Empty\" has no values; not shown");
    }

    @Test
    void json_selectitems() {
        Choices choices =
                json("{\"selectitems\": [{\"title\": \"Site\", \"values\": [\"A\", \" B\"], \"default\": \"B\","
                        + " \"required\": true, \"style\": \"radio\", \"name\": \"site\"}, {\"title\": \"T\","
                        + " \"values\": [\"x\"],},]}");

        assertThat(choices.selects())
                .containsExactly(
                        new SelectSpec("Site", "site", List.of("A", "B"), "B", true, Style.RADIO),
                        new SelectSpec("T", null, List.of("x"), null, false, Style.LIST));
        assertThat(warnings).isEmpty();
    }

    @Test
    void json_legacyKeys_oneList_whoseValuesMayHoldCommas() {
        Choices choices =
                json("{\"selecttitle\": \"Site\", \"selectvalues\": [\"A, left\", \"B\"], \"selectdefault\": \"B\"}");

        assertThat(choices.selects())
                .containsExactly(new SelectSpec("Site", null, List.of("A, left", "B"), "B", false, Style.LIST));
    }

    @Test
    void checkbox_everyModifier() {
        Choices choices = cli(
                "--checkbox", "I agree,checked,disabled,name=agree,icon=SF=gear,enablebutton1",
                "--checkbox", "Restart later");

        assertThat(choices.checkboxes())
                .containsExactly(
                        new CheckboxSpec("I agree", "agree", true, true, ImageRef.parse("SF=gear"), true),
                        CheckboxSpec.of("Restart later"));
        assertThat(choices.holdsButton1()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void checkbox_withoutALabel_isLeftOutWithAWarning() {
        Choices choices = cli("--checkbox", "checked,name=x");

        assertThat(choices.checkboxes()).isEmpty();
        assertThat(warnings).containsExactly("--checkbox \"checked,name=x\" has no label; not shown");
    }

    @Test
    void json_checkboxes_andTheirStyle() {
        Choices choices = json("{\"checkbox\": [{\"label\": \"A\", \"checked\": true, \"enableButton1\": true},"
                + " {\"label\": \"B\", \"name\": \"b\", \"disabled\": true}],"
                + " \"checkboxstyle\": {\"style\": \"switch\", \"size\": \"large\"}}");

        assertThat(choices.checkboxes())
                .containsExactly(
                        new CheckboxSpec("A", null, true, false, ImageRef.none(), true),
                        new CheckboxSpec("B", "b", false, true, ImageRef.none(), false));
        assertThat(choices.checkboxStyle()).isEqualTo(new CheckboxStyle(true, ControlSize.LARGE));
    }

    @Test
    void checkboxStyle_onTheCommandLine() {
        assertThat(cli("--checkbox", "A", "--checkboxstyle", "switch,small").checkboxStyle())
                .isEqualTo(new CheckboxStyle(true, ControlSize.SMALL));
        assertThat(cli("--checkbox", "A", "--checkboxstyle", "checkbox").checkboxStyle())
                .isEqualTo(CheckboxStyle.defaults());
        assertThat(cli("--checkbox", "A", "--checkboxstyle", "toggle,huge").checkboxStyle())
                .isEqualTo(CheckboxStyle.defaults());
        assertThat(warnings).hasSize(2);
    }

    @Test
    void aTextFieldRegexThatDoesNotCompile_getsOneWarning() {
        cli("--textfield", "Code,regex=[0-9");

        assertThat(warnings)
                .containsExactly(
                        "text field \"Code\": the regex \"[0-9\" does not compile, so any value typed fails it");
    }

    @Test
    void viewOrder_fromTheCommandLine_withOneWarningForANameThatMeansNothing() {
        DialogRequest request =
                DialogSpecReader.read(List.of("--vieworder", "textfield,selects"), TemplateVariables.of(Map.of()));

        assertThat(request.spec().viewOrder().get(0)).isEqualTo(InputSection.TEXT_FIELDS);
        assertThat(request.warnings())
                .containsExactly("--vieworder: selects named nothing (listitem, checkbox, textfield, radiobutton or"
                        + " dropdown); ignored");
    }
}
