package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.testing.XDoTool;
import org.junit.jupiter.api.Test;

/** The escrow's window in a child process: {@link RemotePresenter} talking to a real {@code ui-session}. */
class UiSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private static DialogSpec passwordScreen(String title) {
        return DialogSpec.builder()
                .title(title)
                .message("Enter it")
                .field(TextFieldSpec.password("Password"))
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .build();
    }

    private RemotePresenter start() throws IOException {
        return RemotePresenter.start(SelfCommand.argv(List.of(UiSessionMode.NAME)), WAIT, log::add);
    }

    @Test
    void show_bringsBackWhatWasTypedInTheChildsWindow_andLaterScreensReuseIt() throws Exception {
        RemotePresenter presenter = start();
        try {
            CompletableFuture<DialogResult> first =
                    CompletableFuture.supplyAsync(() -> presenter.show(passwordScreen("Session One")));
            XDoTool.awaitWindow("Session One", WAIT);
            XDoTool.type("s3cr3t \"pass\" $HOME ü");
            XDoTool.key("Return");
            try (DialogResult result = first.get(60, TimeUnit.SECONDS)) {
                assertThat(result.exitCode()).isEqualTo(ExitCode.BUTTON1);
                assertThat(result.firstSecret().orElseThrow().contentEquals(Secret.of("s3cr3t \"pass\" $HOME ü")))
                        .isTrue();
            }

            presenter.display(DialogSpec.builder()
                    .title("Session Busy")
                    .buttons(Buttons.none())
                    .progress(ProgressSpec.busy("Working"))
                    .build());
            presenter.updateProgress(ProgressSpec.busy("Still working"));
            CompletableFuture<DialogResult> second =
                    CompletableFuture.supplyAsync(() -> presenter.show(passwordScreen("Session Two")));
            XDoTool.awaitWindow("Session Two", WAIT);
            XDoTool.key("Escape");
            assertThat(second.get(60, TimeUnit.SECONDS).exitCode()).isEqualTo(ExitCode.BUTTON2);
        } finally {
            presenter.close();
        }
        assertThat(presenter.process().isAlive()).isFalse();
        assertThat(log).noneMatch(line -> line.contains("s3cr3t"));
    }

    @Test
    void aChildThatDies_endsTheScreenAsWindowClosed_andLaterScreensToo() throws Exception {
        RemotePresenter presenter = start();
        try {
            CompletableFuture<DialogResult> pending =
                    CompletableFuture.supplyAsync(() -> presenter.show(passwordScreen("Session Killed")));
            XDoTool.awaitWindow("Session Killed", WAIT);
            presenter.process().destroyForcibly();

            assertThat(pending.get(60, TimeUnit.SECONDS).exitCode()).isEqualTo(ExitCode.WINDOW_CLOSED);
            assertThat(presenter.show(passwordScreen("Session Gone")).exitCode())
                    .isEqualTo(ExitCode.WINDOW_CLOSED);
        } finally {
            presenter.close();
        }
    }

    @Test
    void aChildWithoutADisplay_failsToStart_withAClearReason() {
        List<String> argv = new ArrayList<>(SelfCommand.argv(List.of(UiSessionMode.NAME)));
        argv.add(1, "-Djava.awt.headless=true");

        assertThatThrownBy(() -> RemotePresenter.start(argv, WAIT, log::add))
                .isInstanceOf(IOException.class)
                .hasMessage("the user's window could not open: no display to show the window on");
    }

    @Test
    void aChildThatCannotStart_failsWithAClearReason() {
        assertThatThrownBy(() -> RemotePresenter.start(List.of("/no/such/launcher"), WAIT, log::add))
                .isInstanceOf(IOException.class);
    }
}
