package org.escrowbootstrap.model;

import java.util.Locale;
import java.util.Optional;

/**
 * One row of swiftDialog's list ({@code --listitem}, JSON {@code listitem}, the command file's {@code listitem:}): a
 * title with an optional icon and subtitle, and on the right a status icon with a short status text.
 *
 * @param title the row's title; rows are found by it, so it is never null
 * @param subtitle a smaller line under the title, or null
 * @param icon an icon before the title, or {@link ImageRef.None}
 * @param status the status icon
 * @param statusText text left of the status icon, or null
 * @param progress the percentage shown by a {@link Status#PROGRESS} ring, 0 to 100
 * @param customStatus the symbol drawn for {@link Status#CUSTOM}, otherwise null
 */
public record ListItem(
        String title,
        String subtitle,
        ImageRef icon,
        Status status,
        String statusText,
        double progress,
        ImageRef customStatus) {

    /** swiftDialog's status icons. */
    public enum Status {
        NONE,
        /** a spinner */
        WAIT,
        /** a green check */
        SUCCESS,
        /** a red cross */
        FAIL,
        /** a yellow exclamation mark */
        ERROR,
        /** a grey ellipsis */
        PENDING,
        /** a ring filled to {@link ListItem#progress()} per cent */
        PROGRESS,
        /** any other value: an SF Symbol ({@code name-colour} or {@code SF=…}) */
        CUSTOM;

        /** One of the named statuses ({@code wait}, {@code success}, …), or empty for anything else. */
        public static Optional<Status> named(String text) {
            if (text == null) {
                return Optional.empty();
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "wait" -> Optional.of(WAIT);
                case "success" -> Optional.of(SUCCESS);
                case "fail" -> Optional.of(FAIL);
                case "error" -> Optional.of(ERROR);
                case "pending" -> Optional.of(PENDING);
                case "progress" -> Optional.of(PROGRESS);
                case "", "none" -> Optional.of(NONE);
                default -> Optional.empty();
            };
        }
    }

    public ListItem {
        title = title == null ? "" : title;
        icon = icon == null ? ImageRef.none() : icon;
        status = status == null ? Status.NONE : status;
        if (!(progress >= 0)) {
            progress = 0;
        }
        progress = Math.min(100, progress);
        if (status == Status.CUSTOM && (customStatus == null || customStatus.isNone())) {
            status = Status.NONE;
        }
        if (status != Status.CUSTOM) {
            customStatus = null;
        }
    }

    public static ListItem of(String title) {
        return new ListItem(title, null, null, Status.NONE, null, 0, null);
    }

    public ListItem withStatus(Status value) {
        return new ListItem(title, subtitle, icon, value, statusText, progress, null);
    }

    /** A custom status drawn as {@code symbol}. */
    public ListItem withCustomStatus(ImageRef symbol) {
        return new ListItem(title, subtitle, icon, Status.CUSTOM, statusText, progress, symbol);
    }

    public ListItem withStatusText(String value) {
        return new ListItem(title, subtitle, icon, status, value, progress, customStatus);
    }

    public ListItem withSubtitle(String value) {
        return new ListItem(title, value, icon, status, statusText, progress, customStatus);
    }

    public ListItem withIcon(ImageRef value) {
        return new ListItem(title, subtitle, value, status, statusText, progress, customStatus);
    }

    public ListItem withTitle(String value) {
        return new ListItem(value, subtitle, icon, status, statusText, progress, customStatus);
    }

    /** A progress ring at {@code percent}. */
    public ListItem withProgress(double percent) {
        return new ListItem(title, subtitle, icon, Status.PROGRESS, statusText, percent, null);
    }
}
