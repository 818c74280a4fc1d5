package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Frame;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.CheckboxSpec;
import org.escrowbootstrap.model.CheckboxStyle;
import org.escrowbootstrap.model.Choices;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.DialogUpdate;
import org.escrowbootstrap.model.DialogUpdate.ProgressOp;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListItemUpdate;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.SelectSpec;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TimerSpec;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Live updates on a real window: what each command changes on screen, as the command file would send them. */
@Timeout(120)
class LiveUpdatesTest extends RealWindowTest {

    private static DialogSpecBuilder screen() {
        return DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .title("Live")
                .message("Starting.")
                .progress(new ProgressSpec(10, 0, true, false, "Waiting"))
                .list(ListSpec.of(List.of(ListItem.of("Rosetta"), ListItem.of("Teams"))))
                .buttons(Buttons.okCancel("OK", "Cancel").withButton1Disabled(true));
    }

    private Component named(Frame frame, String name) {
        return gui.robot.finder().findByName(frame, name);
    }

    /** The label's text, or null while there is no such label on show (the update is not applied yet). */
    private String text(Frame frame, String name) {
        return GuiActionRunner.execute(
                () -> gui.robot.finder().findAll(frame, c -> name.equals(c.getName()) && c.isShowing()).stream()
                        .map(c -> ((JLabel) c).getText())
                        .findFirst()
                        .orElse(null));
    }

    @Test
    void progressAndItsText_changeInPlace() {
        gui.show(screen().build());
        Frame frame = gui.window().target();
        JProgressBar bar = (JProgressBar) named(frame, "progress");

        gui.presenter.update(new DialogUpdate.Progress(ProgressOp.SET, 2.5));
        gui.presenter.update(new DialogUpdate.ProgressText("Step 2.5 of 10"));

        GuiHarness.waitFor("the text changed", () -> "Step 2.5 of 10".equals(text(frame, "progressText")));
        assertThat(GuiActionRunner.execute(bar::getValue)).isEqualTo(ProgressPanel.SCALE / 4);
        assertThat(GuiActionRunner.execute(bar::isIndeterminate)).isFalse();
        assertThat(named(frame, "progress"))
                .as("the same bar, changed in place")
                .isSameAs(bar);
    }

    @Test
    void listItem_statusAndStatusText_changeTheirRow() {
        gui.show(screen().build());
        Frame frame = gui.window().target();

        gui.presenter.update(new ListItemUpdate("Teams", "success", null));
        gui.presenter.update(new ListItemUpdate(
                "index",
                "wait",
                new ListItemUpdate.Change(
                        0, null, null, null, ListItem.Status.WAIT, null, "Installing", null, false, false)));

        GuiHarness.waitFor("row 0 says Installing", () -> "Installing".equals(text(frame, "listItem.0.statusText")));
        assertThat(GuiActionRunner.execute(() -> ((StatusIcon) named(frame, "listItem.0.status")).status()))
                .isEqualTo(ListItem.Status.WAIT);
        assertThat(GuiActionRunner.execute(() -> ((StatusIcon) named(frame, "listItem.1.status")).status()))
                .isEqualTo(ListItem.Status.SUCCESS);
    }

    @Test
    void button1Enable_letsReturnFinishWith0() {
        CompletableFuture<DialogResult> pending = gui.show(screen().build());
        FrameFixture window = gui.window();
        window.button("button1").requireDisabled();

        gui.presenter.update(new DialogUpdate.ButtonEnabled(1, true));
        gui.presenter.update(new DialogUpdate.ButtonText(1, "Done"));
        GuiHarness.waitFor("button 1 enabled and relabelled", () -> {
            JButton button1 = (JButton) named(window.target(), "button1");
            return button1.isEnabled() && button1.getText().equals("Done");
        });
        window.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
    }

    @Test
    void quit_endsTheDialogWithExit5() {
        CompletableFuture<DialogResult> pending = gui.show(screen().build());
        gui.window();

        gui.presenter.update(new DialogUpdate.Quit());

        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.COMMAND_QUIT);
    }

    @Test
    void aNewMessageAndTitle_rebuildTheScreen_keepingTheWindowAndItsLiveState() {
        gui.show(screen().build());
        Frame frame = gui.window().target();
        gui.presenter.update(new DialogUpdate.Progress(ProgressOp.SET, 5));

        gui.presenter.update(new DialogUpdate.Message("Now **installing**.", false));
        gui.presenter.update(new DialogUpdate.Title("Live two"));

        GuiHarness.waitFor("the new message is shown", () -> {
            MarkdownText message = (MarkdownText) named(frame, "message");
            return message.plainText().equals("Now installing.");
        });
        assertThat(GuiActionRunner.execute(frame::getTitle)).isEqualTo("Live two");
        JProgressBar bar = (JProgressBar) named(frame, "progress");
        assertThat(GuiActionRunner.execute(bar::getValue)).isEqualTo(ProgressPanel.SCALE / 2);
        assertThat(gui.window().target()).isSameAs(frame);
    }

    @Test
    void aRebuild_keepsWhatTheUserTyped_andTheFocus() {
        CompletableFuture<DialogResult> pending = gui.show(screen().field(TextFieldSpec.plain("Name"))
                .field(TextFieldSpec.plain("Team"))
                .buttons(Buttons.ok())
                .build());
        FrameFixture window = gui.window();
        window.textBox("field.0").enterText("Kim");
        window.textBox("field.1").enterText("Ops");

        gui.presenter.update(new DialogUpdate.Message("A new message", false));
        GuiHarness.waitFor("the new message is shown", () -> {
            MarkdownText message = (MarkdownText) named(window.target(), "message");
            return message.plainText().equals("A new message");
        });
        assertThat(gui.focusOwnerName()).isEqualTo("field.1");
        window.textBox("field.1").enterText("!");
        window.button("button1").click();

        assertThat(GuiHarness.result(pending).values())
                .containsExactly(new FieldValue.Text("Name", "Kim"), new FieldValue.Text("Team", "Ops!"));
    }

    @Test
    void aRebuild_keepsTheChosenValuesAndTheTickedBoxes() {
        SelectSpec site = new SelectSpec("Site", null, List.of("London", "Paris"), null, false, SelectSpec.Style.LIST);
        SelectSpec shift = new SelectSpec("Shift", null, List.of("Early", "Late"), null, false, SelectSpec.Style.RADIO);
        CompletableFuture<DialogResult> pending = gui.show(screen().choices(
                        new Choices(List.of(site, shift), List.of(CheckboxSpec.of("Agree")), CheckboxStyle.defaults()))
                .buttons(Buttons.ok())
                .build());
        FrameFixture window = gui.window();
        window.comboBox("select.0").selectItem("Paris");
        window.radioButton("select.1.1").click();
        window.checkBox("checkbox.0").click();

        gui.presenter.update(new DialogUpdate.Message("A new message", false));
        GuiHarness.waitFor("the new message is shown", () -> {
            MarkdownText message = (MarkdownText) named(window.target(), "message");
            return message.plainText().equals("A new message");
        });
        window.button("button1").click();

        assertThat(GuiHarness.result(pending).values())
                .containsExactly(
                        new FieldValue.Selection("Site", "Paris", 1),
                        new FieldValue.Selection("Shift", "Late", 1),
                        new FieldValue.Choice("Agree", true));
    }

    @Test
    void aRebuild_keepsTheTimerRunning_toItsEnd() {
        CompletableFuture<DialogResult> pending =
                gui.show(screen().timer(new TimerSpec(2, true)).build());
        gui.window();

        gui.presenter.update(new DialogUpdate.Message("Changed", false));

        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.TIMER);
    }

    @Test
    void updatesSentBeforeTheWindowIsUp_applyOnceItIs() {
        gui.presenter.update(new DialogUpdate.ProgressText("Early"));
        gui.show(screen().build());
        Frame frame = gui.window().target();

        GuiHarness.waitFor("the early text is shown", () -> "Early".equals(text(frame, "progressText")));
    }

    @Test
    void aFloodOfUpdates_endsShowingTheLastState() {
        gui.show(screen().build());
        Frame frame = gui.window().target();

        for (int i = 1; i <= 20_000; i++) {
            gui.presenter.update(new DialogUpdate.Progress(ProgressOp.SET, i % 10));
            gui.presenter.update(new DialogUpdate.ProgressText("line " + i));
        }

        GuiHarness.waitFor("the last line is shown", () -> "line 20000".equals(text(frame, "progressText")));
        JProgressBar bar = (JProgressBar) named(frame, "progress");
        assertThat(GuiActionRunner.execute(bar::isIndeterminate))
                .as("20000 % 10 is 0: busy")
                .isTrue();
    }

    @Test
    void enableListSelect_aClickAndSpaceToggleRows_andReturnReportsThem() {
        CompletableFuture<DialogResult> pending = gui.show(
                screen().list(ListSpec.of(List.of(ListItem.of("Rosetta"), ListItem.of("Teams"), ListItem.of("Office")))
                                .withSelectable(true))
                        .buttons(Buttons.ok())
                        .build());
        FrameFixture window = gui.window();

        gui.robot.click(named(window.target(), "listItem.1"));
        gui.robot.click(named(window.target(), "listItem.2"));
        gui.robot.pressAndReleaseKeys(KeyEvent.VK_SPACE); // the clicked row has the focus: Space unselects it
        gui.presenter.update(new ListItemUpdate("Teams", "success", null)); // an update keeps the selection
        gui.presenter.update(new DialogUpdate.Title("Rebuilt")); // and so does a rebuild
        GuiHarness.waitFor(
                "rebuilt, Teams showing success",
                () -> window.target().getTitle().equals("Rebuilt")
                        && ((StatusIcon) named(window.target(), "listItem.1.status")).status()
                                == ListItem.Status.SUCCESS);
        window.button("button1").click();

        assertThat(GuiHarness.result(pending).values())
                .containsExactly(
                        new FieldValue.Choice("Rosetta", false),
                        new FieldValue.Choice("Teams", true),
                        new FieldValue.Choice("Office", false));
    }

    @Test
    void widthAndIcon_rebuildTheScreen_andResizeTheWindowAroundItsCentre() {
        gui.show(screen().build());
        Frame frame = gui.window().target();
        java.awt.Rectangle before = GuiActionRunner.execute(() -> frame.getBounds());

        gui.presenter.update(new DialogUpdate.Size(900, null));
        gui.presenter.update(new DialogUpdate.Icon(org.escrowbootstrap.model.ImageRef.none()));

        GuiHarness.waitFor("the window is wider", () -> frame.getWidth() > before.width);
        java.awt.Rectangle after = GuiActionRunner.execute(() -> frame.getBounds());
        assertThat(after.getCenterX()).isCloseTo(before.getCenterX(), org.assertj.core.data.Offset.offset(1.0));
        GuiHarness.waitFor("no icon", () -> gui.robot
                .finder()
                .findAll(frame, c -> "icon".equals(c.getName()) && c.isShowing())
                .isEmpty());
    }

    @Test
    void hideAndShow_actOnTheWindow() {
        gui.show(screen().build());
        Frame frame = gui.window().target();

        gui.presenter.update(new DialogUpdate.WindowAction(DialogUpdate.WindowAction.Action.HIDE));
        GuiHarness.waitFor("hidden", () -> !frame.isVisible());
        gui.presenter.update(new DialogUpdate.WindowAction(DialogUpdate.WindowAction.Action.SHOW));
        GuiHarness.waitFor("shown again", frame::isVisible);
    }

    @Test
    void aChangedRowOutOfView_isScrolledIntoView() {
        List<ListItem> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(ListItem.of("App " + i));
        }
        gui.show(screen().list(ListSpec.of(rows)).build());
        Frame frame = gui.window().target();

        gui.presenter.update(new ListItemUpdate("App 29", "success", null));

        GuiHarness.waitFor("row 29 is in view", () -> {
            Component row = named(frame, "listItem.29");
            java.awt.Rectangle visible = ((javax.swing.JComponent) row).getVisibleRect();
            return visible.height == row.getHeight();
        });
    }

    @Test
    void listHiddenThenShown_andReplaced() {
        gui.show(screen().build());
        Frame frame = gui.window().target();

        gui.presenter.update(new DialogUpdate.ListReplace(List.of("A", "B", "C")));

        GuiHarness.waitFor("three rows", () -> "C".equals(text(frame, "listItem.2.title")));
        gui.presenter.update(new DialogUpdate.ListVisible(false));
        GuiHarness.waitFor("no list", () -> gui.robot
                .finder()
                .findAll(frame, c -> "listItems".equals(c.getName()) && c.isShowing())
                .isEmpty());
    }
}
