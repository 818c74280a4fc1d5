package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.AbstractButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.WindowButtons;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;

/** {@code --windowbuttons} on a real window: the buttons asked for are in its title bar, and close ends with 15. */
class WindowTitleBarTest extends RealWindowTest {

    private static DialogSpec screen(WindowButtons buttons) {
        return DialogSpec.builder()
                .window(WindowSpec.defaults()
                        .withAppearance(WindowSpec.Appearance.LIGHT)
                        .withButtons(buttons))
                .title("Buttons")
                .message("A message.")
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .build();
    }

    /** The accessible names of the title-bar buttons showing in the frame. */
    private List<String> titleBarButtons(FrameFixture window) {
        gui.robot.waitForIdle();
        return GuiActionRunner.execute(() -> gui
                .robot
                .finder()
                .findAll(window.target(), c -> c instanceof AbstractButton && c.isShowing() && inTitleBar(c))
                .stream()
                .map(c -> c.getAccessibleContext().getAccessibleName())
                .sorted()
                .toList());
    }

    private static boolean inTitleBar(Component c) {
        for (Component at = c; at != null; at = at.getParent()) {
            if (at.getClass().getSimpleName().equals("FlatTitlePane")) {
                return true;
            }
        }
        return false;
    }

    private Dimension contentSize(FrameFixture window) {
        return GuiActionRunner.execute(
                () -> ((javax.swing.JFrame) window.target()).getContentPane().getSize());
    }

    @Test
    void noOption_noTitleBar() {
        CompletableFuture<DialogResult> pending = gui.show(screen(WindowButtons.none()));
        FrameFixture window = gui.window();
        assertThat(titleBarButtons(window)).isEmpty();
        window.button("button2").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON2);
    }

    @Test
    void allThree_areInTheTitleBar_overTheContent_whichKeepsItsSize() {
        CompletableFuture<DialogResult> plain = gui.show(screen(WindowButtons.none()));
        Dimension without = contentSize(gui.window());
        gui.window().button("button2").click();
        GuiHarness.result(plain);
        gui.close();
        gui = new GuiHarness(); // a fresh window: the title bar is chosen when the window first opens

        CompletableFuture<DialogResult> pending = gui.show(screen(WindowButtons.all()));
        FrameFixture window = gui.window();
        assertThat(titleBarButtons(window)).containsExactly("Close", "Iconify", "Maximize");
        assertThat(contentSize(window)).isEqualTo(without);
        window.button("button1").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
    }

    @Test
    void onlyThoseNamed_areThere() {
        CompletableFuture<DialogResult> pending = gui.show(screen(new WindowButtons(true, true, false)));
        FrameFixture window = gui.window();
        assertThat(titleBarButtons(window)).containsExactly("Close", "Iconify");
        window.button("button2").click();
        GuiHarness.result(pending);
    }

    @Test
    void theCloseButton_endsTheDialogWithExit15_asSwiftDialogs() {
        CompletableFuture<DialogResult> pending = gui.show(screen(new WindowButtons(true, false, false)));
        FrameFixture window = gui.window();
        assertThat(titleBarButtons(window)).containsExactly("Close");
        AbstractButton close = GuiActionRunner.execute(() -> (AbstractButton) gui.robot
                .finder()
                .find(
                        window.target(),
                        c -> c instanceof AbstractButton
                                && c.isShowing()
                                && inTitleBar(c)
                                && "Close".equals(c.getAccessibleContext().getAccessibleName())));
        gui.robot.click(close);
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.WINDOW_CLOSED);
        assertThat(ExitCode.WINDOW_CLOSED.code()).isEqualTo(15);
    }
}
