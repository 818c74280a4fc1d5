package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exit-code table: codes, the Self Service policy, and docs/exit-codes.md in step with the enum. */
class WorkflowOutcomeTest {

    @Test
    void code_onlyStoredTokensExitZero() {
        for (WorkflowOutcome outcome : WorkflowOutcome.values()) {
            assertThat(outcome.code() == 0).as(outcome.name()).isEqualTo(outcome.tokenStored());
        }
    }

    @Test
    void code_everyFailureHasItsOwnCode() {
        Map<Integer, WorkflowOutcome> seen = new HashMap<>();
        for (WorkflowOutcome outcome : WorkflowOutcome.values()) {
            if (outcome.code() != 0) {
                assertThat(seen.put(outcome.code(), outcome))
                        .as("code " + outcome.code())
                        .isNull();
            }
        }
    }

    @Test
    void exitCode_selfServiceZeroesOnlyWhatTheUserSaw() {
        assertThat(WorkflowOutcome.CANCELLED.exitCode(true, false)).isZero();
        assertThat(WorkflowOutcome.ESCROW_FAILED.exitCode(true, false)).isZero();
        assertThat(WorkflowOutcome.CANCELLED.exitCode(false, false)).isEqualTo(20);
        assertThat(WorkflowOutcome.DEFERRED.exitCode(true, true)).isEqualTo(30);
        assertThat(WorkflowOutcome.DEFERRED.exitCode(false, false))
                .as("a deferral is no failure")
                .isZero();
        assertThat(WorkflowOutcome.ALREADY_RUNNING.exitCode(true, false)).isEqualTo(31);
        assertThat(WorkflowOutcome.INTERNAL_ERROR.exitCode(true, false)).isEqualTo(70);
    }

    @Test
    void docs_exitCodesTableListsEveryOutcomeWithItsCode() throws Exception {
        String doc = Files.readString(Path.of("docs/exit-codes.md"));

        for (WorkflowOutcome outcome : WorkflowOutcome.values()) {
            assertThat(doc).as(outcome.name()).contains("| " + outcome.code() + " | `" + outcome.name() + "` |");
        }
    }
}
