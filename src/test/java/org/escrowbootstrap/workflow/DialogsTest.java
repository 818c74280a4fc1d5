package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.system.ConsoleUser;
import org.escrowbootstrap.testing.ScriptedPresenter;
import org.junit.jupiter.api.Test;

/** The one window: opened lazily for the console user, closed once; broken screens reported, not thrown. */
class DialogsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EscrowLog log =
            EscrowLog.stdoutOnly(new PrintStream(out, true, StandardCharsets.UTF_8), Clock.systemUTC());
    private final DialogSpec spec = DialogSpec.builder().title("t").build();

    @Test
    void window_opensOnFirstUse_forTheConsoleUser_andClosesOnce() {
        ScriptedPresenter presenter = ScriptedPresenter.answering(ScriptedPresenter.ok());
        ConsoleUser.LoggedIn[] openedFor = new ConsoleUser.LoggedIn[1];
        Dialogs dialogs = new Dialogs(
                user -> {
                    openedFor[0] = user;
                    return presenter;
                },
                log);
        dialogs.forUser(new ConsoleUser.LoggedIn("avery", 501));
        assertThat(openedFor[0]).isNull();

        dialogs.showResult(spec);
        dialogs.close();
        dialogs.close();

        assertThat(openedFor[0]).isEqualTo(new ConsoleUser.LoggedIn("avery", 501));
        assertThat(presenter.events().stream().filter(ScriptedPresenter.Closed.class::isInstance))
                .hasSize(1);
    }

    @Test
    void neverUsed_opensNothingAndClosesNothing() {
        Dialogs dialogs = new Dialogs(
                user -> {
                    throw new AssertionError("must not open");
                },
                log);

        dialogs.updateProgress(ProgressSpec.busy("x"));
        dialogs.close();
    }

    @Test
    void ask_whenTheScreenFails_isUnavailable() {
        Dialogs dialogs =
                new Dialogs(PresenterFactory.of(ScriptedPresenter.answering(ScriptedPresenter.fail("boom"))), log);
        dialogs.forUser(new ConsoleUser.LoggedIn("avery", 501));

        assertThatThrownBy(() -> dialogs.ask(spec))
                .isInstanceOf(Dialogs.Unavailable.class)
                .hasMessage("the screen could not be shown (boom)");
    }

    @Test
    void display_andShowResult_failuresAreOnlyLogged() {
        Dialogs dialogs =
                new Dialogs(PresenterFactory.of(ScriptedPresenter.answering(ScriptedPresenter.fail("gone"))), log);
        dialogs.forUser(new ConsoleUser.LoggedIn("avery", 501));

        dialogs.showResult(spec);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("WARN  dialog: the result screen could not be shown" + " (gone)");
    }

    @Test
    void afterClose_noScreenCanBeShown() {
        Dialogs dialogs = new Dialogs(PresenterFactory.of(ScriptedPresenter.answering()), log);
        dialogs.forUser(new ConsoleUser.LoggedIn("avery", 501));
        dialogs.display(spec);
        dialogs.close();

        assertThatThrownBy(() -> dialogs.ask(spec)).isInstanceOf(Dialogs.Unavailable.class);
    }
}
