package org.escrowbootstrap.ui;

import javax.swing.JComponent;

/**
 * A view of a Markdown text (the message, the info box), whichever draws it: {@link ProseView} for plain prose,
 * {@link MarkdownView} for everything else.
 */
interface MarkdownText {

    /** The view itself, to place on a screen. */
    JComponent component();

    /** Makes the view as wide as {@code width} and as tall as its text wrapped there (the info box). */
    void wrapAt(int width);

    /** The text as a screen reader reads it. */
    String plainText();
}
