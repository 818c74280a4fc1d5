package org.escrowbootstrap.ui;

/**
 * A view of a Markdown text (the message, the info box), whichever draws it: {@link ProseView} for plain prose,
 * {@link MarkdownView} for everything else.
 */
interface MarkdownText {

    /** Makes the view as wide as {@code width} and as tall as its text wrapped there (the info box). */
    void wrapAt(int width);

    /** The text as a screen reader reads it. */
    String plainText();
}
