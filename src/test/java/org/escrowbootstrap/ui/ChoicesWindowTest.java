package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.swing.JComboBox;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.config.dialog.DialogRequest;
import org.escrowbootstrap.config.dialog.DialogSpecReader;
import org.escrowbootstrap.config.dialog.ResultWriter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Selects, radio groups and check boxes in real windows, read from swiftDialog's own options: the user chooses,
 * ticks and presses Return, and what would go to stdout is compared byte for byte with swiftDialog's format.
 */
@Timeout(120)
class ChoicesWindowTest extends RealWindowTest {

    private static DialogSpec spec(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--title", "T", "--appearance", "light"));
        all.addAll(List.of(args));
        DialogRequest request = DialogSpecReader.read(all, TemplateVariables.of(Map.of()));
        assertThat(request.warnings()).isEmpty();
        return request.spec();
    }

    private static String out(DialogResult result, boolean json) throws IOException {
        StringBuilder out = new StringBuilder();
        ResultWriter.write(result, json, false, out);
        return out.toString();
    }

    @Test
    void oneSelect_andACheckBox_chosenAndTicked_printAsSwiftDialog() throws IOException {
        DialogSpec spec = spec(
                "--textfield", "Name",
                "--selecttitle", "Site",
                "--selectvalues", "London,---,Paris",
                "--checkbox", "Agree");
        CompletableFuture<DialogResult> pending = gui.show(spec);
        FrameFixture window = gui.window();
        window.textBox("field.0").enterText("Kim");
        window.comboBox("select.0").selectItem("Paris");
        window.checkBox("checkbox.0").click();
        window.textBox("field.0").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
            assertThat(out(result, false))
                    .isEqualTo("Name : Kim\n"
                            + "\"SelectedOption\" : \"Paris\"\n"
                            + "\"SelectedIndex\" : 2\n"
                            + "\"Site\" : \"Paris\"\n"
                            + "\"Site\" index : \"2\"\n"
                            + "\"Agree\" : \"true\"\n");
            assertThat(out(result, true))
                    .isEqualTo("{\n"
                            + "  \"Name\" : \"Kim\",\n"
                            + "  \"SelectedOption\" : \"Paris\",\n"
                            + "  \"SelectedIndex\" : 2,\n"
                            + "  \"Site\" : {\n"
                            + "    \"selectedValue\" : \"Paris\",\n"
                            + "    \"selectedIndex\" : 2\n"
                            + "  },\n"
                            + "  \"Agree\" : true\n"
                            + "}\n");
        }
    }

    @Test
    void twoSelects_oneARadioGroup_andNamedCheckBoxes() throws IOException {
        DialogSpec spec = spec(
                "--selecttitle", "Site,name=site",
                "--selectvalues", "London,Paris",
                "--selectdefault", "London",
                "--selecttitle", "Shift,radio",
                "--selectvalues", "Early,Late",
                "--checkbox", "Restart,checked,name=restart",
                "--checkbox", "Locked,checked,disabled");
        CompletableFuture<DialogResult> pending = gui.show(spec);
        FrameFixture window = gui.window();
        window.radioButton("select.1.0").requireSelected(); // a radio group without a default has its first value
        window.radioButton("select.1.1").click();
        window.checkBox("checkbox.0").click();
        window.checkBox("checkbox.1").requireDisabled();
        window.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(out(result, false))
                    .isEqualTo("\"site\" : \"London\"\n"
                            + "\"site\" index : \"0\"\n"
                            + "\"Shift\" : \"Late\"\n"
                            + "\"Shift\" index : \"1\"\n"
                            + "\"restart\" : \"false\"\n"
                            + "\"Locked\" : \"true\"\n");
        }
    }

    @Test
    void aRequiredSelectLeftEmpty_keepsTheWindowOpen_andSaysWhy_thenAChoiceEndsIt() throws IOException {
        DialogSpec spec = spec("--selecttitle", "Site,required", "--selectvalues", "London,Paris", "--button2");
        CompletableFuture<DialogResult> pending = gui.show(spec);
        FrameFixture window = gui.window();
        window.button("button1").click();

        gui.requireStillOpen(pending);
        List<String> lines = GuiActionRunner.execute(
                () -> ((ChoicesPanel) window.panel("choices").target()).problemLines());
        assertThat(lines).containsExactly("\u2022 \"Site\" is required");
        window.comboBox("select.0").selectItem("London");
        window.button("button1").click();

        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(out(result, false))
                    .isEqualTo("\"SelectedOption\" : \"London\"\n\"SelectedIndex\" : 0\n\"Site\" : \"London\"\n"
                            + "\"Site\" index : \"0\"\n");
        }
    }

    @Test
    void multiselect_reportsTheSortedValuesJoined_andNoSingleIndex() throws IOException {
        DialogSpec spec = spec("--selecttitle", "Apps,multiselect", "--selectvalues", "Zoom,Slack,Teams");
        CompletableFuture<DialogResult> pending = gui.show(spec);
        FrameFixture window = gui.window();
        window.checkBox("select.0.0").click();
        window.checkBox("select.0.1").click();
        window.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(out(result, false))
                    .isEqualTo(
                            "\"SelectedOption\" : \"Slack, Zoom\"\n\"SelectedIndex\" : -1\n\"Apps\" : \"Slack, Zoom\"\n"
                                    + "\"Apps\" index : \"-1\"\n");
        }
    }

    @Test
    void enableButton1_tickingTheBoxEnablesButton1_untickingDisablesIt() {
        DialogSpec spec = spec("--checkbox", "I agree,enablebutton1", "--button1disabled");
        CompletableFuture<DialogResult> pending = gui.show(spec);
        FrameFixture window = gui.window();
        window.button("button1").requireDisabled();
        window.checkBox("checkbox.0").click();
        window.button("button1").requireEnabled();
        window.checkBox("checkbox.0").click();
        window.button("button1").requireDisabled();
        window.checkBox("checkbox.0").click();
        window.button("button1").click();

        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
        }
    }

    @Test
    void aDividerCannotBeChosen_andNothingChosenPrintsEmptyAndMinusOne() throws IOException {
        DialogSpec spec = spec("--selecttitle", "Site", "--selectvalues", "London,---,Paris");
        CompletableFuture<DialogResult> pending = gui.show(spec);
        FrameFixture window = gui.window();
        JComboBox<?> box = (JComboBox<?>) window.comboBox("select.0").target();
        GuiActionRunner.execute(() -> box.setSelectedItem("---"));
        assertThat(GuiActionRunner.execute(() -> box.getSelectedIndex())).isEqualTo(-1);
        window.button("button1").click();
        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(out(result, false)).startsWith("\"SelectedOption\" : \"\"\n\"SelectedIndex\" : -1\n");
        }
    }
}
