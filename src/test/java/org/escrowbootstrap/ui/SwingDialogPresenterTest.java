package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TimerSpec;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Drives real dialog windows through the presenter, as a user would: keys, clicks, typing. */
@Timeout(120)
class SwingDialogPresenterTest extends RealWindowTest {

    private static final String HOSTILE = "p@ss \"w0rd\" $x";

    private static DialogSpecBuilder screen() {
        return DialogSpec.builder()
                .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
                .title("Test")
                .message("A message.")
                .icon(IconSpec.of(new ImageRef.Builtin("default"), ImageRef.none()));
    }

    private static DialogSpec passwordScreen() {
        return screen().field(TextFieldSpec.password("Enter Password"))
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .build();
    }

    @Test
    void secureField_returnEndsWithButton1_andTheSecretHoldsExactlyWhatWasTyped() {
        CompletableFuture<DialogResult> pending = gui.show(passwordScreen());
        FrameFixture window = gui.window();
        window.textBox("field.0").enterText(HOSTILE);
        window.textBox("field.0").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
            assertThat(result.values()).singleElement().isInstanceOf(FieldValue.Hidden.class);
            assertThat(result.secret("Enter Password").orElseThrow().view().toString())
                    .isEqualTo(HOSTILE);
        }
        char[] left = GuiActionRunner.execute(() ->
                window.textBox("field.0").targetCastedTo(JPasswordField.class).getPassword());
        assertThat(left).as("the field is cleared after reading").isEmpty();
    }

    @Test
    void aSubmittedPassword_leavesNoCharacterInTheField_onceTheNextScreenReplacesIt() {
        CompletableFuture<DialogResult> pending = gui.show(passwordScreen());
        FrameFixture window = gui.window();
        JPasswordField old = window.textBox("field.0").targetCastedTo(JPasswordField.class);
        window.textBox("field.0").enterText("rejected-" + HOSTILE);
        window.textBox("field.0").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiHarness.result(pending).close();

        CompletableFuture<DialogResult> next = gui.show(passwordScreen());
        gui.window().textBox("field.0").requireEmpty();

        assertThat(GuiActionRunner.execute(() -> WipeableContent.holds(old, "rejected-")))
                .as("the old field's store still holds the password")
                .isFalse();
        gui.window().textBox("field.0").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        GuiHarness.result(next).close();
    }

    @Test
    void anOnTopScreen_keepsTheRealWindowAboveOthers_andTheNextScreenCanLetItGo() {
        DialogSpec above = screen().window(WindowSpec.defaults()
                        .withAppearance(WindowSpec.Appearance.LIGHT)
                        .withPlacement(true, true))
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .build();
        CompletableFuture<DialogResult> first = gui.show(above);
        FrameFixture window = gui.window();

        assertThat(GuiActionRunner.execute(() -> window.target().isAlwaysOnTop()))
                .isTrue();
        window.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiHarness.result(first).close();

        CompletableFuture<DialogResult> second = gui.show(passwordScreen());
        // the next screen is prepared off the caller's thread: wait for it rather than race it
        GuiHarness.waitFor("the password screen is shown", () -> !gui.robot
                .finder()
                .findAll(window.target(), c -> "field.0".equals(c.getName()) && c.isShowing())
                .isEmpty());
        window.textBox("field.0").requireVisible();
        assertThat(GuiActionRunner.execute(() -> window.target().isAlwaysOnTop()))
                .isFalse();
        window.textBox("field.0").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        GuiHarness.result(second).close();
    }

    @Test
    void firstTextField_hasTheKeyboardFocus_whenTheWindowOpens() {
        gui.show(passwordScreen());
        gui.window();
        GuiHarness.waitFor("the first field has the focus", () -> "field.0".equals(currentFocusName()));
    }

    @Test
    void escape_pressesButton2() {
        CompletableFuture<DialogResult> pending = gui.show(passwordScreen());
        gui.window().textBox("field.0").enterText("typed");
        gui.window().pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        DialogResult result = GuiHarness.result(pending);
        assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON2);
        assertThat(result.values()).as("input is returned on exit 0 only").isEmpty();
    }

    @Test
    void escape_withoutButton2_leavesTheDialogOpen() {
        CompletableFuture<DialogResult> pending =
                gui.show(screen().buttons(Buttons.ok()).build());
        FrameFixture window = gui.window();
        window.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        gui.requireStillOpen(pending);

        window.button("button1").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
    }

    @Test
    void requiredFieldLeftEmpty_keepsTheWindowOpen_marksTheField_andSaysWhatIsWrong() {
        CompletableFuture<DialogResult> pending = gui.show(passwordScreen());
        FrameFixture window = gui.window();
        window.textBox("field.0").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        gui.requireStillOpen(pending);
        assertThat(outline(window, "field.0")).isEqualTo(FlatClientProperties.OUTLINE_ERROR);
        window.label("problem.0").requireText("\u2022 \"Enter Password\" is required");

        window.textBox("field.0").enterText("secret");
        assertThat(outline(window, "field.0")).as("typing clears the mark").isNull();
        window.textBox("field.0").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
            assertThat(result.firstSecret().orElseThrow().view().toString()).isEqualTo("secret");
        }
    }

    @Test
    void regexMismatch_keepsTheWindowOpen_withTheRegexErrorShown() {
        TextFieldSpec pin = new TextFieldSpec("PIN", "pin", false, false, null, null, "^\\d{6}$", "Six digits", false);
        CompletableFuture<DialogResult> pending = gui.show(screen().field(pin).build());
        FrameFixture window = gui.window();
        window.textBox("field.0").enterText("12ab");
        window.button("button1").click();

        gui.requireStillOpen(pending);
        window.label("problem.0").requireText("\u2022 Six digits");
        assertThat(outline(window, "field.0")).isEqualTo(FlatClientProperties.OUTLINE_ERROR);

        window.textBox("field.0").deleteText().enterText("123456");
        window.button("button1").click();
        DialogResult result = GuiHarness.result(pending);
        assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
        assertThat(result.value("pin")).contains(new FieldValue.Text("pin", "123456"));
    }

    @Test
    void confirmMismatch_keepsTheWindowOpen_andMarksBothEntries() {
        TextFieldSpec password = new TextFieldSpec("New Password", null, true, true, null, null, null, null, true);
        CompletableFuture<DialogResult> pending =
                gui.show(screen().field(password).build());
        FrameFixture window = gui.window();
        window.label("label.0.confirm").requireText("Confirm New Password *");
        window.textBox("field.0").enterText("abc");
        window.textBox("field.0.confirm").enterText("abd");
        window.textBox("field.0.confirm").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        gui.requireStillOpen(pending);
        window.label("problem.0").requireText("\u2022 \"New Password\" confirmation failed: values do not match");
        assertThat(outline(window, "field.0")).isEqualTo(FlatClientProperties.OUTLINE_ERROR);
        assertThat(outline(window, "field.0.confirm")).isEqualTo(FlatClientProperties.OUTLINE_ERROR);

        window.textBox("field.0.confirm").deleteText().enterText("abc");
        window.textBox("field.0.confirm").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        try (DialogResult result = GuiHarness.result(pending)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
            assertThat(result.values()).hasSize(1);
            assertThat(result.secret("New Password").orElseThrow().view().toString())
                    .isEqualTo("abc");
        }
    }

    @Test
    void timer_endsTheDialogWithExit4() {
        CompletableFuture<DialogResult> pending =
                gui.show(screen().timer(new TimerSpec(1, true)).build());
        gui.window();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.TIMER);
    }

    @Test
    void visibleTimerBar_holdsButton1_thenEnablesIt() {
        CompletableFuture<DialogResult> pending = gui.show(screen().timer(new TimerSpec(60, false))
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .build());
        FrameFixture window = gui.window();
        window.button("button1").requireDisabled();
        window.button("button1").requireEnabled(GuiHarness.PATIENCE);
        window.button("button1").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
    }

    @Test
    void infoButton_withoutAction_endsWithExit3() {
        CompletableFuture<DialogResult> pending = gui.show(
                screen().buttons(Buttons.ok().withInfoButton("More", null)).build());
        gui.window().button("infoButton").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.INFO_BUTTON);
    }

    @Test
    void infoButton_withAction_opensTheLink_andTheDialogStaysOpen() {
        CompletableFuture<DialogResult> pending =
                gui.show(screen().buttons(Buttons.ok().withInfoButton("Help", "https://example.com/help"))
                        .build());
        FrameFixture window = gui.window();
        window.button("infoButton").click();

        GuiHarness.waitFor("the link was opened", () -> !gui.opened.isEmpty());
        assertThat(gui.opened).containsExactly(URI.create("https://example.com/help"));
        gui.requireStillOpen(pending);
        window.button("button1").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
    }

    @Test
    void infoButton_withActionAndQuitOnInfo_endsWithExit3_withoutOpeningTheLink() {
        Buttons buttons = new Buttons("OK", false, null, "Help", "https://example.com/help", true, null);
        CompletableFuture<DialogResult> pending =
                gui.show(screen().buttons(buttons).build());
        gui.window().button("infoButton").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.INFO_BUTTON);
        assertThat(gui.opened).isEmpty();
    }

    @Test
    void quitKey_endsWithExit10_evenFromATextField() {
        CompletableFuture<DialogResult> pending = gui.show(passwordScreen());
        FrameFixture window = gui.window();
        window.textBox("field.0")
                .pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Q).modifiers(menuMask()));
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.QUIT_KEY);
    }

    @Test
    void closingTheWindow_endsWithExit15() {
        CompletableFuture<DialogResult> pending = gui.show(passwordScreen());
        gui.window().close();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.WINDOW_CLOSED);
    }

    @Test
    void disabledButton1_ignoresReturn() {
        Buttons buttons = new Buttons("OK", true, "Cancel", null, null, false, null);
        CompletableFuture<DialogResult> pending =
                gui.show(screen().buttons(buttons).build());
        FrameFixture window = gui.window();
        window.button("button1").requireDisabled();
        window.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        gui.requireStillOpen(pending);
        window.button("button2").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON2);
    }

    @Test
    void alwaysReturnInput_reportsTheFieldsOnCancel() {
        DialogSpec spec = screen().field(TextFieldSpec.plain("Name"))
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .alwaysReturnInput(true)
                .build();
        CompletableFuture<DialogResult> pending = gui.show(spec);
        gui.window().textBox("field.0").enterText("Ada");
        gui.window().button("button2").click();
        DialogResult result = GuiHarness.result(pending);
        assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON2);
        assertThat(result.values()).containsExactly(new FieldValue.Text("Name", "Ada"));
    }

    @Test
    void tab_reachesEveryControl_inReadingOrder() {
        DialogSpec spec = screen().field(TextFieldSpec.plain("First"))
                .field(TextFieldSpec.password("Second"))
                .buttons(new Buttons("OK", false, "Cancel", "Help", null, false, null))
                .build();
        gui.show(spec);
        gui.window();
        GuiHarness.waitFor("the first field has the focus", () -> "field.0".equals(currentFocusName()));
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            gui.robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
            visited.add(gui.focusOwnerName());
        }
        assertThat(visited).containsExactly("field.1", "infoButton", "button2", "button1", "message", "field.0");
    }

    @Test
    void everyControl_hasAnAccessibleName() {
        DialogSpec spec = screen().field(TextFieldSpec.password("Enter Password"))
                .icon(new IconSpec(new ImageRef.Builtin("default"), ImageRef.none(), 150, false, false, "Padlock"))
                .buttons(new Buttons("OK", false, "Cancel", "Help", null, false, null))
                .build();
        gui.show(spec);
        FrameFixture window = gui.window();
        assertThat(accessibleName(window.textBox("field.0").target())).isEqualTo("Enter Password");
        assertThat(accessibleDescription(window.textBox("field.0").target())).contains("required");
        assertThat(accessibleName(window.button("button1").target())).isEqualTo("OK");
        assertThat(accessibleName(window.button("button2").target())).isEqualTo("Cancel");
        assertThat(accessibleName(window.button("infoButton").target())).isEqualTo("Help");
        assertThat(accessibleName(window.robot().finder().findByName("icon"))).isEqualTo("Padlock");
        assertThat(accessibleName(window.robot().finder().findByName("message")))
                .isEqualTo("Message");
        assertThat(accessibleDescription(window.robot().finder().findByName("message")))
                .isEqualTo("A message.");
    }

    @Test
    void secureField_showsALock_andPlaceholderComesFromThePrompt() {
        TextFieldSpec field =
                new TextFieldSpec("Password", null, true, false, "your Mac password", null, null, null, false);
        gui.show(screen().field(field).build());
        JTextField target = gui.window().textBox("field.0").targetCastedTo(JTextField.class);
        assertThat(GuiActionRunner.execute(
                        () -> target.getClientProperty(FlatClientProperties.TEXT_FIELD_TRAILING_ICON)))
                .isInstanceOf(ArtworkIcon.class);
        assertThat(GuiActionRunner.execute(() -> target.getClientProperty(FlatClientProperties.PLACEHOLDER_TEXT)))
                .isEqualTo("your Mac password");
    }

    @Test
    void liveValidation_tintsAFieldWithARegexAsTheUserTypes() {
        TextFieldSpec code = new TextFieldSpec("Code", null, false, false, null, null, "^\\d+$", null, false);
        gui.show(screen().field(code).liveValidation(true).build());
        FrameFixture window = gui.window();
        window.textBox("field.0").enterText("12");
        assertThat(background(window)).isEqualTo(Look.colour("liveValid.background", null));
        window.textBox("field.0").enterText("x");
        assertThat(background(window)).isEqualTo(Look.colour("liveInvalid.background", null));
    }

    @Test
    void successiveScreens_replaceEachOtherInOneWindow_keepingItsPlace() {
        CompletableFuture<DialogResult> first =
                gui.show(screen().message("First screen.").build());
        FrameFixture window = gui.window();
        java.awt.Frame frame = window.target();
        Point where = GuiActionRunner.execute(frame::getLocationOnScreen);
        window.button("button1").click();
        assertThat(GuiHarness.result(first).exitCode()).isEqualTo(ExitCode.BUTTON1);

        CompletableFuture<DialogResult> second =
                gui.show(screen().message("Second screen.").build());
        GuiHarness.waitFor("the second screen is shown", () -> {
            MarkdownText message = (MarkdownText) gui.robot.finder().findByName(frame, "message");
            return message.plainText().equals("Second screen.");
        });
        assertThat(gui.window().target()).isSameAs(frame);
        assertThat(GuiActionRunner.execute(frame::getLocationOnScreen)).isEqualTo(where);
        assertThat(GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                        .filter(f -> f.isShowing() && DialogWindow.NAME.equals(f.getName()))
                        .count()))
                .isEqualTo(1L);
        window.button("button1").click();
        assertThat(GuiHarness.result(second).exitCode()).isEqualTo(ExitCode.BUTTON1);
    }

    @Test
    void display_returnsAtOnce_andUpdateProgressChangesTheLine() {
        DialogSpec progress = screen().message("Working…")
                .buttons(Buttons.none())
                .progress(ProgressSpec.busy("Starting"))
                .build();
        gui.presenter.display(progress);
        FrameFixture window = gui.window();
        window.label("progressText").requireText("Starting");

        gui.presenter.updateProgress(new ProgressSpec(4, 3, "Step 3 of 4"));
        window.label("progressText").requireText("Step 3 of 4");
        assertThat(GuiActionRunner.execute(
                        () -> window.progressBar("progress").target().getValue()))
                .isEqualTo(ProgressPanel.SCALE * 3 / 4);
    }

    @Test
    void close_whileAScreenWaits_endsItAsClosed() {
        CompletableFuture<DialogResult> pending = gui.show(passwordScreen());
        gui.window();
        gui.presenter.close();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.WINDOW_CLOSED);
    }

    @Test
    void show_onTheSwingThread_isRefused() throws Exception {
        List<Throwable> thrown = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                gui.presenter.show(passwordScreen());
            } catch (IllegalStateException e) {
                thrown.add(e);
            }
        });
        assertThat(thrown).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("off the Swing thread"));
    }

    @Test
    void missingIcon_isReportedAndReplaced_andTheDialogStillShows() {
        DialogSpec spec = screen().icon(IconSpec.of(ImageRef.parse("/no/such/icon.png"), ImageRef.none()))
                .build();
        CompletableFuture<DialogResult> pending = gui.show(spec);
        gui.window().button("button1").click();
        assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
        assertThat(gui.warnings).singleElement().asString().contains("/no/such/icon.png");
    }

    @Test
    void closedPresenter_refusesNewScreens() {
        gui.presenter.close();
        assertThatThrownBy(() -> gui.presenter.show(passwordScreen())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void moveableWindow_followsADragOnItsBanner() {
        WindowSpec moveable =
                new WindowSpec(760, false, 480, false, 1.0, null, true, false, WindowSpec.Appearance.LIGHT, 'q');
        gui.show(ReadmeScreens.message().toBuilder().window(moveable).build());
        FrameFixture window = gui.window();
        Point before = GuiActionRunner.execute(window.target()::getLocationOnScreen);
        drag(window, 100, 50);
        GuiHarness.waitFor(
                "the window moved",
                () -> window.target().getLocationOnScreen().equals(new Point(before.x + 100, before.y + 50)));
    }

    @Test
    void fixedWindow_staysWhereItIs_whenDragged() {
        gui.show(ReadmeScreens.message());
        FrameFixture window = gui.window();
        Point before = GuiActionRunner.execute(window.target()::getLocationOnScreen);
        drag(window, 100, 50);
        assertThat(GuiActionRunner.execute(window.target()::getLocationOnScreen))
                .isEqualTo(before);
    }

    private void drag(FrameFixture window, int dx, int dy) {
        java.awt.Component banner = window.panel("banner").target();
        Point start = GuiActionRunner.execute(() -> {
            Point p = banner.getLocationOnScreen();
            return new Point(p.x + 30, p.y + 20);
        });
        gui.robot.moveMouse(start);
        gui.robot.pressMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        gui.robot.moveMouse(new Point(start.x + dx / 2, start.y + dy / 2));
        gui.robot.moveMouse(new Point(start.x + dx, start.y + dy));
        gui.robot.releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        gui.robot.waitForIdle();
    }

    @Test
    void aNewScreen_putsTheFocusInItsFirstField() {
        CompletableFuture<DialogResult> first = gui.show(screen().build());
        gui.window().button("button1").click();
        GuiHarness.result(first);
        gui.show(passwordScreen());
        GuiHarness.waitFor("the new screen's first field has the focus", () -> "field.0".equals(currentFocusName()));
    }

    @Test
    void slowIcon_doesNotHoldBackTheWindow() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_ARGB), "png", png);
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/icon.png", exchange -> {
            try {
                release.await();
                exchange.sendResponseHeaders(200, png.size());
                exchange.getResponseBody().write(png.toByteArray());
                exchange.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                answered.countDown();
            }
        });
        server.start();
        // A patient loader (a minute): only a window that does not wait for the picture can appear in time.
        gui.close();
        gui = new GuiHarness(java.time.Duration.ofSeconds(60));
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/icon.png";
            CompletableFuture<DialogResult> pending =
                    gui.show(screen().icon(IconSpec.of(ImageRef.parse(url), ImageRef.none()))
                            .build());
            FrameFixture window = gui.window();
            assertThat(answered.getCount())
                    .as("the picture is still on its way")
                    .isEqualTo(1);
            release.countDown();
            assertThat(answered.await(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            window.button("button1").click();
            assertThat(GuiHarness.result(pending).exitCode()).isEqualTo(ExitCode.BUTTON1);
            assertThat(gui.warnings).isEmpty();
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    private static Object outline(FrameFixture window, String field) {
        JTextField target = window.textBox(field).targetCastedTo(JTextField.class);
        return GuiActionRunner.execute(() -> target.getClientProperty(FlatClientProperties.OUTLINE));
    }

    private static java.awt.Color background(FrameFixture window) {
        JTextField target = window.textBox("field.0").targetCastedTo(JTextField.class);
        return GuiActionRunner.execute(target::getBackground);
    }

    private static String currentFocusName() {
        java.awt.Component owner =
                java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner == null ? null : owner.getName();
    }

    private static String accessibleName(java.awt.Component component) {
        return GuiActionRunner.execute(() -> component.getAccessibleContext().getAccessibleName());
    }

    private static String accessibleDescription(java.awt.Component component) {
        return GuiActionRunner.execute(() -> component.getAccessibleContext().getAccessibleDescription());
    }

    /** The robot's modifier mask for the menu shortcut key: Cmd on macOS, Ctrl elsewhere. */
    @SuppressWarnings("deprecation") // AssertJ Swing takes the old-style masks
    private static int menuMask() {
        return System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("mac")
                ? InputEvent.META_MASK
                : InputEvent.CTRL_MASK;
    }
}
