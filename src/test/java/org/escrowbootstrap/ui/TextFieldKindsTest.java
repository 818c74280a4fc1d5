package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.config.dialog.DialogRequest;
import org.escrowbootstrap.config.dialog.DialogSpecReader;
import org.escrowbootstrap.config.dialog.ResultWriter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.TextFieldSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The text field modifiers {@code editor} and {@code fileselect}, in real windows. */
@Timeout(120)
class TextFieldKindsTest extends RealWindowTest {

    private static DialogSpec spec(String... args) {
        DialogRequest request = DialogSpecReader.read(List.of(args), TemplateVariables.of(Map.of()));
        assertThat(request.warnings()).isEmpty();
        return request.spec();
    }

    @Test
    void editor_returnStartsANewLine_andTheValueIsPrintedAsTyped() throws IOException {
        CompletableFuture<DialogResult> pending = gui.show(spec("--textfield", "Details,editor"));
        FrameFixture window = gui.window();
        window.textBox("field.0").enterText("line one\nline two");
        gui.requireStillOpen(pending); // Return went into the text, not to button 1
        window.button("button1").click();

        try (DialogResult result = GuiHarness.result(pending)) {
            StringBuilder out = new StringBuilder();
            ResultWriter.write(result, false, false, out);
            assertThat(out.toString()).isEqualTo("Details : line one\nline two\n");
        }
    }

    @Test
    void fileselect_hasASelectButton_andTheFieldStaysEditable() throws IOException {
        CompletableFuture<DialogResult> pending =
                gui.show(spec("--textfield", "Attachment,fileselect,filetype=png .JPG image,path=/tmp"));
        FrameFixture window = gui.window();
        window.button("field.0.select").requireVisible().requireEnabled();
        window.textBox("field.0").enterText("/tmp/a.png");
        window.button("button1").click();

        assertThat(GuiHarness.result(pending).value("Attachment").orElseThrow().toString())
                .isNotEmpty();
    }

    @Test
    void theChooser_opensInPath_andOffersTheFileTypes() {
        TextFieldSpec spec = new TextFieldSpec(
                "A", null, false, false, null, null, null, null, false, false, true, "png .JPG", "/tmp");
        JFileChooser chooser = GuiActionRunner.execute(() -> FileSelect.chooser(spec));

        assertThat(GuiActionRunner.execute(() -> chooser.getCurrentDirectory())).isEqualTo(new File("/tmp"));
        FileNameExtensionFilter filter = (FileNameExtensionFilter) GuiActionRunner.execute(chooser::getFileFilter);
        assertThat(filter.getExtensions()).containsExactly("png", "jpg");

        TextFieldSpec folder =
                new TextFieldSpec("A", null, false, false, null, null, null, null, false, false, true, "folder", null);
        assertThat(GuiActionRunner.execute(() -> FileSelect.chooser(folder).getFileSelectionMode()))
                .isEqualTo(JFileChooser.DIRECTORIES_ONLY);
    }
}
