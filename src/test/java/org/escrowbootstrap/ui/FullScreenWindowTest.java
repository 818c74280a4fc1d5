package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.util.concurrent.CompletableFuture;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code --fullscreen} on a real display: the window covers the screen device, and the keys end it as swiftDialog's. */
@Timeout(120)
class FullScreenWindowTest extends RealWindowTest {

    private static DialogSpec fullScreen(Buttons buttons) {
        return DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .fullScreen(true)
                .title("Welcome")
                .message("Press a key.")
                .buttons(buttons)
                .build();
    }

    @Test
    void theWindow_coversTheWholeScreenDevice_withoutDecorations_andEscIsButton2() {
        CompletableFuture<DialogResult> pending = gui.show(fullScreen(Buttons.okCancel("Go", "Quit")));
        FrameFixture window = gui.window();
        Rectangle device = GuiActionRunner.execute(() -> GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice()
                .getDefaultConfiguration()
                .getBounds());

        GuiHarness.waitFor(
                "the window covers the screen",
                () -> window.target().getBounds().equals(device));
        assertThat(GuiActionRunner.execute(() -> window.target().isUndecorated()))
                .isTrue();
        assertThat(GuiActionRunner.execute(() -> window.target().isAlwaysOnTop()))
                .isFalse();
        window.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON2);
    }

    @Test
    void return_isButton1_thoughNoButtonIsDrawn() {
        CompletableFuture<DialogResult> pending = gui.show(fullScreen(Buttons.okCancel("Go", "Quit")));
        FrameFixture window = gui.window();
        boolean button1Shown = GuiActionRunner.execute(() -> !gui.robot
                .finder()
                .findAll(window.target(), c -> "button1".equals(c.getName()) && c.isShowing())
                .isEmpty());
        assertThat(button1Shown).as("button 1 is not on show").isFalse();
        window.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
    }

    @Test
    void esc_withoutButton2_leavesItUp_andTheQuitKeyEndsIt() {
        CompletableFuture<DialogResult> pending = gui.show(fullScreen(Buttons.ok()));
        FrameFixture window = gui.window();
        window.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        gui.requireStillOpen(pending);
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Q).modifiers(menuMask()));

        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.QUIT_KEY);
    }

    /** The quit key's modifier in AssertJ Swing's terms: Cmd on macOS, Ctrl elsewhere. */
    @SuppressWarnings("deprecation") // AssertJ Swing's robot takes the old-style masks
    private static int menuMask() {
        return System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("mac")
                ? java.awt.event.InputEvent.META_MASK
                : java.awt.event.InputEvent.CTRL_MASK;
    }
}
