package org.escrowbootstrap.model;

/**
 * Shows dialog screens to the user: the seam between the workflow and whatever draws the screens.
 *
 * <p>Swing implements it in-process, a child process implements it in the console user's session, and tests use
 * a scripted one. One presenter is one window: successive screens replace each other inside it.
 */
public interface DialogPresenter extends AutoCloseable {

    /** Shows the screen and waits until the user ends it (a button, a key, the timer). */
    DialogResult show(DialogSpec spec);

    /** Shows a screen the program ends (a progress screen), and returns at once. */
    void display(DialogSpec spec);

    /** Changes the progress line of the screen on display. */
    void updateProgress(ProgressSpec progress);

    /** Closes the window; the presenter is done. */
    @Override
    void close();
}
