package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.TimerSpec;
import org.junit.jupiter.api.Test;

/**
 * The root side keeps its own deadlines and bounds on the UI child, which runs as the user and is not trusted: each
 * child here is a real process behaving badly.
 */
class RemotePresenterTest {

    private static final String READY = "printf '{\"type\":\"ready\"}\\n'; ";
    private static final RemotePresenter.Limits SHORT = new RemotePresenter.Limits(
            Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private RemotePresenter child(String script) throws Exception {
        return RemotePresenter.start(List.of("/bin/sh", "-c", script), SHORT, log::add);
    }

    private static DialogSpec screen() {
        return DialogSpec.builder()
                .title("Screen")
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .build();
    }

    @Test
    void aStoppedChild_isKilledOnceTheScreensDeadlinePasses_andTheScreenEndsAsNoAnswer() throws Exception {
        RemotePresenter presenter = child(READY + "kill -STOP $$");
        long started = System.nanoTime();

        DialogResult result = presenter.show(screen());

        assertThat(result.exitCode()).isEqualTo(ExitCode.TIMER);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        presenter.process().onExit().get();
        assertThat(presenter.process().isAlive()).isFalse();
        assertThat(log).anyMatch(line -> line.contains("did not answer screen 1 within 2 s; stopping it"));
        assertThat(presenter.show(screen()).exitCode()).isEqualTo(ExitCode.WINDOW_CLOSED);
    }

    @Test
    void aScreensOwnTimer_setsItsDeadline() throws Exception {
        RemotePresenter presenter = child(READY + "sleep 60");
        DialogSpec timed = DialogSpec.builder()
                .title("Timed")
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .timer(new TimerSpec(2, true))
                .build();

        assertThat(presenter.show(timed).exitCode()).isEqualTo(ExitCode.TIMER);
        assertThat(log).anyMatch(line -> line.contains("within 3 s"));
    }

    @Test
    void aChildThatStopsReadingRequests_isKilled_andTheRootDoesNotBlockOnTheFullPipe() throws Exception {
        RemotePresenter presenter = child(READY + "kill -STOP $$");
        DialogSpec big = DialogSpec.builder()
                .title("Big")
                .message("x".repeat(200_000))
                .buttons(Buttons.none())
                .build();
        long started = System.nanoTime();

        presenter.display(big); // more than a pipe holds: the write would block for ever

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(log).anyMatch(line -> line.contains("did not take a request within 2 s"));
        presenter.process().onExit().get();
        assertThat(presenter.show(screen()).exitCode()).isEqualTo(ExitCode.WINDOW_CLOSED);
    }

    @Test
    void anEndlessReply_isAProtocolError_theChildIsKilled_andTheScreenFails() throws Exception {
        RemotePresenter presenter = child(
                READY + "while :; do printf 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'; done");

        DialogResult result = presenter.show(screen());

        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        presenter.process().onExit().get();
        assertThat(log).anyMatch(line -> line.contains("broke the protocol (a reply longer than 262144 bytes)"));
    }

    @Test
    void aFloodOfReplies_isAProtocolError() throws Exception {
        RemotePresenter presenter = child(READY + "while :; do printf '{\"type\":\"shown\",\"id\":7}\\n'; done");
        presenter.display(screen());
        Thread.sleep(500); // nobody reads replies while a progress screen is up: they pile up

        assertThat(presenter.show(screen()).exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(log).anyMatch(line -> line.contains("more than 256 screens reported"));
    }

    @Test
    void aFloodOfErrorReplies_whileNobodyReadsThem_isAProtocolError() throws Exception {
        RemotePresenter presenter =
                child(READY + "while :; do printf '{\"type\":\"error\",\"message\":\"x\"}\\n'; done");
        presenter.display(screen());
        Thread.sleep(500);

        assertThat(presenter.show(screen()).exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(log).anyMatch(line -> line.contains("more than 256 unread replies"));
    }

    @Test
    void aScreenOnDisplay_isLoggedWhenTheChildSaysSo_notWhenTheWorkflowNextAsks() throws Exception {
        RemotePresenter presenter = child(READY + "printf '{\"type\":\"shown\",\"id\":0}\\n'; sleep 60");

        presenter.display(screen());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!log.contains("progress screen on display") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(log).contains("progress screen on display");
        presenter.close();
    }

    @Test
    void theChildsStderr_reachesTheLogCutShort_andOnlySoMuch() throws Exception {
        RemotePresenter presenter = child(
                READY + "i=0; while [ $i -lt 1000 ]; do printf '%0600d\\n' $i >&2; i=$((i+1)); done; read -r line");
        presenter.close();

        assertThat(log.stream().filter(line -> line.startsWith("UI process: 0")))
                .hasSize(200);
        assertThat(log).allMatch(line -> line.length() < 600);
        assertThat(log).contains("UI process: (more output dropped)");
    }
}
