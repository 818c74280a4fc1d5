package org.escrowbootstrap.workflow;

import org.escrowbootstrap.config.EscrowConfigKey;

/**
 * Ends a run on a tool that gave no usable answer: one log line naming the step and the tool, and the failure screen
 * quoting it, so the user has something to tell support.
 */
final class ToolFailures {

    private final EscrowLog log;
    private final EscrowTexts texts;
    private final EscrowScreens screens;
    private final Dialogs dialogs;

    ToolFailures(EscrowLog log, EscrowTexts texts, EscrowScreens screens, Dialogs dialogs) {
        this.log = log;
        this.texts = texts;
        this.screens = screens;
        this.dialogs = dialogs;
    }

    WorkflowOutcome report(String step, String description) {
        log.error(step + ": " + description);
        texts.error(description);
        dialogs.showResult(screens.failure(EscrowConfigKey.TOOL_FAILED_MESSAGE));
        return WorkflowOutcome.ESCROW_FAILED;
    }
}
