package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.swing.JDialog;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.config.dialog.DialogRequest;
import org.escrowbootstrap.config.dialog.DialogSpecReader;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code ?} button of {@code --helpmessage} in a real window: it opens the help, which closes back to the dialog. */
@Timeout(120)
class HelpSheetTest extends RealWindowTest {

    private static DialogSpec spec(String... args) {
        DialogRequest request = DialogSpecReader.read(List.of(args), TemplateVariables.of(Map.of()));
        assertThat(request.warnings()).isEmpty();
        return request.spec();
    }

    @Test
    void withoutAHelpMessage_thereIsNoHelpButton() {
        CompletableFuture<DialogResult> pending = gui.show(spec("--title", "T"));
        FrameFixture window = gui.window();
        assertThat(GuiActionRunner.execute(
                        () -> ((DialogContent) ((javax.swing.JFrame) window.target()).getContentPane())
                                .buttons()
                                .helpButton()))
                .isNull();
        window.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiHarness.result(pending).close();
    }

    @Test
    void theHelpButton_showsTheHelp_andOkClosesItBackToTheOpenDialog() {
        CompletableFuture<DialogResult> pending = gui.show(spec(
                "--title",
                "T",
                "--helpmessage",
                "Call the **Service Desk**.",
                "--helpsheetbuttontext",
                "Got it",
                "--button2"));
        FrameFixture window = gui.window();
        window.button("helpButton").click();

        DialogFixture sheet = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
                    @Override
                    protected boolean isMatching(JDialog dialog) {
                        return "helpSheet".equals(dialog.getName()) && dialog.isShowing();
                    }
                })
                .withTimeout(15_000)
                .using(window.robot());
        String shown = GuiActionRunner.execute(() -> ScreenTextOf.text(sheet.target()));
        assertThat(shown).contains("Call the").contains("Service Desk");
        sheet.button("helpClose").requireText("Got it").click();
        sheet.requireNotVisible();

        gui.requireStillOpen(pending);
        window.button("button2").click();
        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON2);
        }
    }

    @Test
    void severalImages_turnWithTheNextAndPreviousButtons_andShowTheirCaptions() {
        CompletableFuture<DialogResult> pending = gui.show(spec(
                "--title",
                "T",
                "--image",
                "caution",
                "--image",
                "info",
                "--imagecaption",
                "One",
                "--imagecaption",
                "Two"));
        FrameFixture window = gui.window();
        window.label("image.caption").requireText("One");
        window.button("image.next").click();
        window.label("image.caption").requireText("Two");
        window.button("image.next").click();
        window.label("image.caption").requireText("One"); // round again
        window.button("image.previous").click();
        window.label("image.caption").requireText("Two");
        window.button("button1").click();
        GuiHarness.result(pending).close();
    }

    /** The text a window shows, gathered from its text components. */
    private static final class ScreenTextOf {
        static String text(java.awt.Container root) {
            StringBuilder out = new StringBuilder();
            for (java.awt.Component c : root.getComponents()) {
                if (c instanceof MarkdownText markdown) {
                    out.append(markdown.plainText()).append('\n');
                } else if (c instanceof javax.swing.JLabel label && label.getText() != null) {
                    out.append(label.getText()).append('\n');
                }
                if (c instanceof java.awt.Container inner) {
                    out.append(text(inner));
                }
            }
            return out.toString();
        }
    }
}
