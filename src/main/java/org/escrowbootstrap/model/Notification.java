package org.escrowbootstrap.model;

/**
 * A system notification in place of a dialog: swiftDialog's {@code --notification} with the options that mode reads.
 *
 * @param title the notification's heading ({@code --title}); never null, may be empty
 * @param subtitle a line under the heading ({@code --subtitle}), or null
 * @param message the body ({@code --message}), plain text with its new lines; never null, may be empty
 * @param icon the picture ({@code --icon}), {@link ImageRef.None} when none was given
 */
public record Notification(String title, String subtitle, String message, ImageRef icon) {

    public Notification {
        title = title == null ? "" : title;
        subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle;
        message = message == null ? "" : message;
        icon = icon == null ? ImageRef.none() : icon;
    }

    /** The body as a service without subtitles shows it: the subtitle, if any, on a line of its own above the message. */
    public String body() {
        if (subtitle == null) {
            return message;
        }
        return message.isEmpty() ? subtitle : subtitle + "\n" + message;
    }
}
