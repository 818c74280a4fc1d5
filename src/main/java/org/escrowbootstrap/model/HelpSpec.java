package org.escrowbootstrap.model;

/**
 * What the {@code ?} button shows: {@code --helpmessage} (Markdown) and {@code --helpimage}.
 *
 * @param message the Markdown, or null for no help button
 * @param image an image beside the text, or {@link ImageRef.None}
 * @param buttonText the label of the button that closes the help
 */
public record HelpSpec(String message, ImageRef image, String buttonText) {

    public static final String DEFAULT_BUTTON = "OK";

    public HelpSpec {
        message = message == null || message.isBlank() ? null : message;
        image = image == null ? ImageRef.none() : image;
        buttonText = buttonText == null || buttonText.isBlank() ? DEFAULT_BUTTON : buttonText;
    }

    public static HelpSpec none() {
        return new HelpSpec(null, ImageRef.none(), DEFAULT_BUTTON);
    }

    /** Whether there is a help button at all: swiftDialog draws one only for a help message. */
    public boolean present() {
        return message != null;
    }
}
