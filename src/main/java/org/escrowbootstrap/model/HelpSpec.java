package org.escrowbootstrap.model;

/**
 * What the {@code ?} button shows: {@code --helpmessage} (Markdown) and {@code --helpimage}.
 *
 * @param message the Markdown, or null for no help button
 * @param image an image above the text, or {@link ImageRef.None}
 */
public record HelpSpec(String message, ImageRef image) {

    public HelpSpec {
        message = message == null || message.isBlank() ? null : message;
        image = image == null ? ImageRef.none() : image;
    }

    public static HelpSpec none() {
        return new HelpSpec(null, ImageRef.none());
    }

    /** Whether there is a help button at all: swiftDialog draws one only for a help message. */
    public boolean present() {
        return message != null;
    }
}
