package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
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

    /** The component of that name as it paints now, in an image of its own size. */
    private BufferedImage painted(String name) {
        return GuiActionRunner.execute(() -> {
            Component c = robot.finder().find(frame, x -> name.equals(x.getName()) && x.isShowing());
            BufferedImage image = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            c.paint(g);
            g.dispose();
            return image;
        });
    }

    /** The sum of the opacity of every pixel in a corner of the image: how much is drawn there. */
    private static long ink(BufferedImage image, int x0, int y0, int x1, int y1) {
        long sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += image.getRGB(x, y) >>> 24;
            }
        }
        return sum;
    }

    private Rectangle onScreen(String name) {
        return GuiActionRunner.execute(() -> {
            Component c = robot.finder().find(frame, x -> name.equals(x.getName()) && x.isShowing());
            return new Rectangle(c.getLocationOnScreen(), c.getSize());
        });
    }

    @Test
    void progressForms_moveTheBarAsSwiftDialogDoes() throws Exception {
        append("progress: 40\nprogress: increment 10\n");
        waitFor("increment", () -> shows("progress", c -> ((JProgressBar) c).getValue() == 500));
        append("progress: increment\n");
        waitFor("increment by one", () -> shows("progress", c -> ((JProgressBar) c).getValue() == 510));
        append("progress: reset\n"); // swiftDialog's reset is its 0: the bar goes back to indeterminate
        waitFor("reset", () -> shows("progress", c -> ((JProgressBar) c).isIndeterminate()));
        append("progress: 30\nprogress: indeterminate\n");
        waitFor("indeterminate", () -> shows("progress", c -> ((JProgressBar) c).isIndeterminate()));
        append("progress: complete\n");
        waitFor(
                "complete",
                () -> shows("progress", c -> {
                    JProgressBar bar = (JProgressBar) c;
                    return !bar.isIndeterminate() && bar.getValue() == bar.getMaximum();
                }));
        append("progress: hide\n");
        waitFor("hidden", () -> !shows("progress", c -> true));
        append("progress: show\n");
        waitFor("shown again", () -> shows("progress", c -> true));
        assertThat(warnings).isEmpty();
    }

    @Test
    void buttonAndTextCommands_changeTheirParts() throws Exception {
        int regular = GuiActionRunner.execute(() -> robot.finder()
                .find(frame, c -> "button2".equals(c.getName()) && c.isShowing())
                .getHeight());
        append("button2: disable\n");
        waitFor("button 2 disabled", () -> shows("button2", c -> !c.isEnabled()));
        append("button2: enable\nbuttonsize: large\n");
        waitFor("button 2 enabled and large", () -> shows("button2", c -> c.isEnabled() && c.getHeight() > regular));

        append("infobox: **Fleet** Mac\ninfobox: + second line\n");
        waitFor("info box", () -> shows("infoBox", c -> "Fleet Mac\nsecond line".equals(accessibleText(c))));

        append("titlefont: size=30 colour=#C4281C\n");
        waitFor(
                "title font",
                () -> shows(
                        "title",
                        c -> c.getFont().getSize() == 30
                                && c.getForeground().equals(new java.awt.Color(0xC4, 0x28, 0x1C))));

        append("message: short\n");
        waitFor("short message", () -> shows("message", c -> "short".equals(accessibleText(c))));
        int left = onScreen("message").x + firstInkColumn(painted("message"));
        append("alignment: right\n");
        waitFor(
                "right-aligned message",
                () -> GuiActionRunner.execute(() -> true)
                        && onScreen("message").x + firstInkColumn(painted("message")) > left + 100);

        append("helpmessage: Ask **IT**\n");
        waitFor("help button", () -> shows("helpButton", c -> true));
        append("bannerimage: colour=#1E3A5F\nbannertext: Welcome\n");
        waitFor(
                "banner and its text",
                () -> shows("banner", c -> true)
                        && shows("bannerTitle", c -> ((JLabel) c).getText().equals("Welcome")));
        assertThat(warnings).isEmpty();
    }

    /** The first column from the left with anything drawn in it. */
    private static int firstInkColumn(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x++) {
            if (ink(image, x, 0, x + 1, image.getHeight()) > 0) {
                return x;
            }
        }
        return image.getWidth();
    }

    private static boolean drawn(BufferedImage image) {
        return ink(image, 0, 0, image.getWidth(), image.getHeight()) > 0;
    }

    @Test
    void iconCommands_changeTheIcon() throws Exception {
        // Pictures load in the background and the line is applied a moment after it is written: measure the caution
        // icon once it is drawn, not the default icon before it nor the empty frame while it loads.
        waitFor("the default icon", () -> shows("icon", c -> true) && drawn(painted("icon")));
        long lock = ink(
                painted("icon"),
                0,
                0,
                painted("icon").getWidth(),
                painted("icon").getHeight());
        append("icon: caution\n");
        waitFor("the caution icon", () -> {
            BufferedImage now = painted("icon");
            long all = ink(now, 0, 0, now.getWidth(), now.getHeight());
            return all > 0 && all != lock;
        });
        Rectangle before = onScreen("icon");
        BufferedImage plain = painted("icon");
        int w = plain.getWidth();
        int h = plain.getHeight();
        long cornerBefore = ink(plain, w * 3 / 4, h * 3 / 4, w, h);

        append("overlayicon: SF=checkmark.circle.fill,colour=#2E7D32\n");
        waitFor("an overlay", () -> {
            BufferedImage now = painted("icon");
            return ink(now, w * 3 / 4, h * 3 / 4, w, h) > cornerBefore;
        });
        append("overlayicon: none\n");
        waitFor("no overlay", () -> ink(painted("icon"), w * 3 / 4, h * 3 / 4, w, h) == cornerBefore);

        long full = ink(plain, 0, 0, w, h);
        append("iconalpha: 0.3\n");
        waitFor("a faded icon", () -> ink(painted("icon"), 0, 0, w, h) < full / 2);

        append("icon: size: 60\n");
        waitFor("a smaller icon", () -> {
            return onScreen("icon").width < before.width;
        });

        append("icon: centre\n");
        waitFor("the icon centred above the message", () -> {
            Rectangle icon = onScreen("icon");
            Rectangle message = onScreen("message");
            return Math.abs(icon.getCenterX() - message.getCenterX()) <= 2 && icon.getMaxY() <= message.y;
        });
        append("icon: left\n");
        waitFor("the icon left again", () -> onScreen("icon").x < onScreen("message").x);
        assertThat(warnings).isEmpty();
    }

    @Test
    void windowCommands_moveHideAndShowTheWindow() throws Exception {
        append("height: 520\n");
        waitFor("the height", () -> frame.getHeight() == 520);
        append("position: topleft\n");
        waitFor("top left", () -> GuiActionRunner.execute(() -> frame.getX() < 100 && frame.getY() < 100));
        append("position: bottomright\n");
        waitFor(
                "bottom right",
                () -> GuiActionRunner.execute(() -> {
                    Rectangle screen = frame.getGraphicsConfiguration().getBounds();
                    return frame.getX() + frame.getWidth() > screen.getMaxX() - 100
                            && frame.getY() + frame.getHeight() > screen.getMaxY() - 100;
                }));
        append("hide:\n");
        waitFor("hidden", () -> !frame.isShowing());
        append("show:\n");
        waitFor("shown", frame::isShowing);
        append("activate:\n");
        waitFor("active", frame::isActive);
        assertThat(warnings).isEmpty();
    }

    @Test
    void imageAndImageCaption_showThePicturesAboveTheMessage() throws Exception {
        append("image: caution\nimagecaption: Step one\n");
        waitFor(
                "a picture with its caption",
                () -> shows("images", c -> true)
                        && shows("image.caption", c -> ((JLabel) c).getText().equals("Step one"))
                        && shows("message", c -> "Start".equals(accessibleText(c))));

        append("image: warning\n");
        waitFor("two pictures to turn through", () -> shows("image.next", c -> true));

        append("image: hide\n");
        waitFor("the pictures hidden", () -> !shows("images", c -> true));

        append("image: show\nimagecaption: Step two\n");
        waitFor(
                "the pictures back, newly captioned",
                () -> shows("image.caption", c -> ((JLabel) c).getText().equals("Step two")));

        append("message: Done\n");
        waitFor(
                "a new message in place of the pictures",
                () -> !shows("images", c -> true) && shows("message", c -> "Done".equals(accessibleText(c))));
        assertThat(warnings).isEmpty();
    }

    /** The backdrop windows on screen now. */
    private static List<java.awt.Window> backdrops() {
        return GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> "blurScreen".equals(w.getName()) && w.isShowing())
                .toList());
    }

    @Test
    void blurScreen_coversEveryScreenUnderTheWindow_untilDisabled_andGoesWithTheDialog() throws Exception {
        assertThat(backdrops()).isEmpty();
        append("blurscreen: enable\n");
        java.awt.GraphicsDevice[] devices =
                java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        waitFor("a backdrop on every screen", () -> backdrops().size() == devices.length);
        List<java.awt.Rectangle> covered = GuiActionRunner.execute(
                () -> backdrops().stream().map(java.awt.Window::getBounds).toList());
        assertThat(covered)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(devices)
                        .map(d -> d.getDefaultConfiguration().getBounds())
                        .toList());
        assertThat(GuiActionRunner.execute(
                        () -> backdrops().stream().noneMatch(w -> w.isFocusableWindow() || w.isFocused())))
                .as("the backdrop never takes the focus")
                .isTrue();
        assertThat(GuiActionRunner.execute(frame::isAlwaysOnTop))
                .as("the dialog floats above it")
                .isTrue();

        append("hide:\n");
        waitFor("the backdrop hidden with the window", () -> backdrops().isEmpty() && !frame.isShowing());
        append("show:\n");
        waitFor("the backdrop back with the window", () -> backdrops().size() == devices.length && frame.isShowing());

        append("blurscreen: disable\n");
        waitFor("no backdrop", () -> backdrops().isEmpty() && !frame.isAlwaysOnTop());

        append("blurscreen: enable\nquit:\n");
        assertThat(pending.get(15, TimeUnit.SECONDS).exitCode()).isEqualTo(ExitCode.COMMAND_QUIT);
        presenter.close(); // as the dialog mode does once the dialog has ended
        waitFor("the backdrop gone with the dialog", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .noneMatch(w -> "blurScreen".equals(w.getName()) && w.isDisplayable()));
        assertThat(warnings).isEmpty();
    }
}
