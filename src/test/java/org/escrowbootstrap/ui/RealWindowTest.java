package org.escrowbootstrap.ui;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up every test of a real dialog window shares: a fresh {@link GuiHarness} per test, and Swing's thread rule
 * enforced while the class runs (and lifted afterwards, since other classes build components off the Swing thread).
 */
abstract class RealWindowTest {

    /** The window under test, opened by each test through {@link GuiHarness#show}. */
    GuiHarness gui;

    @BeforeAll
    static void failOnSwingThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterAll
    static void leaveTheRepaintManagerAsFound() {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    @BeforeEach
    void startPresenter() {
        gui = new GuiHarness();
    }

    @AfterEach
    void closePresenter() {
        gui.close();
    }
}
