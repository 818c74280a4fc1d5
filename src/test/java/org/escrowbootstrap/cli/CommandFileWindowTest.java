package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Frame;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.WindowSpec;
import org.escrowbootstrap.ui.SwingDialogPresenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real window wired to a real command file as the {@code dialog} mode wires them: each command appended to the
 * file changes on screen what swiftDialog's changes.
 */
@org.junit.jupiter.api.Timeout(120)
class CommandFileWindowTest {

    private static final Timeout PATIENCE = Timeout.timeout(15_000);

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private Robot robot;
    private SwingDialogPresenter presenter;
    private CommandFileFollower follower;
    private Path file;
    private CompletableFuture<DialogResult> pending;
    private Frame frame;

    @BeforeEach
    void openTheWindow() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        presenter = new SwingDialogPresenter(warnings::add);
        file = Files.createFile(dir.resolve("dialog.log"));
        follower = DialogMode.follow(file, presenter, name -> Optional.empty(), warnings::add);
        DialogSpec spec = DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .title("Commands")
                .message("Start")
                .progress(ProgressSpec.busy("Waiting"))
                .list(ListSpec.of(List.of(ListItem.of("Rosetta"), ListItem.of("Teams"))))
                .buttons(Buttons.okCancel("OK", "Cancel").withButton1Disabled(true))
                .build();
        pending = CompletableFuture.supplyAsync(() -> presenter.show(spec));
        waitFor("the window", () -> java.util.Arrays.stream(Frame.getFrames())
                .anyMatch(f -> "escrowDialog".equals(f.getName()) && f.isShowing()));
        frame = java.util.Arrays.stream(Frame.getFrames())
                .filter(f -> "escrowDialog".equals(f.getName()) && f.isShowing())
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void closeIt() {
        follower.close();
        presenter.close();
        robot.cleanUp();
    }

    private void append(String lines) throws Exception {
        Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        return GuiActionRunner.execute(condition::getAsBoolean);
                    }
                },
                PATIENCE);
    }

    /** The showing component of that name that matches, looked up afresh (a rebuild replaces components). */
    private boolean shows(String name, Predicate<Component> check) {
        return robot.finder().findAll(frame, c -> name.equals(c.getName()) && c.isShowing()).stream()
                .anyMatch(check);
    }

    private static String accessibleText(Component c) {
        return ((JComponent) c).getAccessibleContext().getAccessibleDescription();
    }

    @Test
    void eachCommand_changesTheWindow() throws Exception {
        append("progress: 50\nprogresstext: Half way\n");
        waitFor(
                "progress",
                () -> shows("progressText", c -> ((JLabel) c).getText().equals("Half way"))
                        && shows("progress", c -> ((JProgressBar) c).getValue() == 500));

        append("listitem: Teams: success\nlistitem: title: Rosetta, status: wait, statustext: Installing\n");
        waitFor(
                "list rows",
                () -> shows("listItem.0.statusText", c -> ((JLabel) c).getText().equals("Installing")));

        append("button1: enable\nbutton1text: Done\nbutton2text: Later\n");
        waitFor(
                "buttons",
                () -> shows(
                                "button1",
                                c -> c.isEnabled()
                                        && ((JButton) c).getText().equals("Done")
                                        && "Done"
                                                .equals(c.getAccessibleContext().getAccessibleName()))
                        && shows("button2", c -> ((JButton) c).getText().equals("Later")));

        append("title: Commands two\nmessage: Now **this**\nmessage: + and that\ninfotext: v2\n");
        waitFor(
                "title, message and info text",
                () -> frame.getTitle().equals("Commands two")
                        && shows("message", c -> "Now this\nand that".equals(accessibleText(c)))
                        && shows("infoText", c -> ((JLabel) c).getText().equals("v2")));

        append("icon: none\nlist: A, B, C\nwidth: 900\n");
        waitFor(
                "icon, list and width",
                () -> !shows("icon", c -> true)
                        && shows("listItem.2.title", c -> ((JLabel) c).getText().equals("C"))
                        && frame.getWidth() == 900);

        append("quit:\n");
        assertThat(pending.get(15, TimeUnit.SECONDS).exitCode()).isEqualTo(ExitCode.COMMAND_QUIT);
        assertThat(warnings).isEmpty();
    }
}
