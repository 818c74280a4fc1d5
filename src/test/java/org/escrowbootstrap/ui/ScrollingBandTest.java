package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.config.dialog.DialogRequest;
import org.escrowbootstrap.config.dialog.DialogSpecReader;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A real window too short for its fields: the band between title and buttons scrolls to the field in focus. */
@Timeout(120)
class ScrollingBandTest extends RealWindowTest {

    private static DialogSpec spec(String... args) {
        DialogRequest request = DialogSpecReader.read(List.of(args), TemplateVariables.of(Map.of()));
        assertThat(request.warnings()).isEmpty();
        return request.spec();
    }

    @Test
    void aFieldBelowTheWindowsEdge_scrollsIntoView_whenItTakesTheFocus() {
        CompletableFuture<DialogResult> pending = gui.show(spec(
                "--title",
                "Details",
                "--message",
                "Please fill in every field below, then press OK to go on.",
                "--textfield",
                "Name",
                "--textfield",
                "Email",
                "--textfield",
                "Phone",
                "--textfield",
                "Office",
                "--width",
                "420",
                "--height",
                "200"));
        FrameFixture window = gui.window();
        Container root = (Container) window.target();
        assertThat(GuiActionRunner.execute(() -> inView(root, "field.3"))).isFalse();

        window.textBox("field.3").focus();
        window.robot().waitForIdle();

        assertThat(GuiActionRunner.execute(() -> inView(root, "field.3"))).isTrue();
        window.textBox("field.3").enterText("Room 4");
        window.button("button1").click();
        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
            assertThat(result.value("Office")).contains(new FieldValue.Text("Office", "Room 4"));
        }
    }

    /** Whether the part named {@code name} lies wholly in the scrolling band's visible rectangle. */
    private static boolean inView(Container root, String name) {
        JScrollPane band = (JScrollPane) find(root, "middleScroll");
        Component part = find(root, name);
        Rectangle where = SwingUtilities.convertRectangle(
                part.getParent(), part.getBounds(), band.getViewport().getView());
        return band.getViewport().getViewRect().contains(where);
    }

    private static Component find(Container in, String name) {
        for (Component child : in.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
