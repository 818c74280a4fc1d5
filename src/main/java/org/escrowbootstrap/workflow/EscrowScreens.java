package org.escrowbootstrap.workflow;

import java.util.List;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.TimerSpec;
import org.escrowbootstrap.model.WindowSpec;

/**
 * Builds the escrow's screens as dialog specs from the config: the password prompt, progress, and the results.
 *
 * <p>Every screen shares the branding (banner with the title over it, icon, info box with the system facts,
 * window size) and differs in its message, overlay badge and buttons.
 */
final class EscrowScreens {

    /** The output key of the password field. */
    static final String PASSWORD_KEY = "password";

    private final EscrowConfig config;
    private final EscrowTexts texts;
    private final String infoBoxNote;

    EscrowScreens(EscrowConfig config, EscrowTexts texts, String infoBoxNote) {
        this.config = config;
        this.texts = texts;
        this.infoBoxNote = infoBoxNote;
    }

    /** The password prompt; after a wrong password ({@code attemptsUsed > 0}) it says how many attempts are left. */
    DialogSpec password(int attemptsUsed) {
        return password(attemptsUsed, false);
    }

    /** The password prompt again after a password too long for a terminal line, saying so. */
    DialogSpec passwordTooLong(int attemptsUsed) {
        return password(attemptsUsed, true);
    }

    private DialogSpec password(int attemptsUsed, boolean tooLong) {
        int max = config.integer(EscrowConfigKey.MAX_ATTEMPTS);
        int left = max - attemptsUsed;
        texts.attemptsLeft(left);
        String message = texts.render(EscrowConfigKey.PASSWORD_MESSAGE);
        if (tooLong) {
            message = message + "\n\n" + texts.render(EscrowConfigKey.PASSWORD_TOO_LONG);
        } else if (attemptsUsed > 0) {
            EscrowConfigKey notice =
                    left == 1 ? EscrowConfigKey.PASSWORD_INCORRECT_LAST : EscrowConfigKey.PASSWORD_INCORRECT;
            message = message + "\n\n" + texts.render(notice);
        }
        TextFieldSpec field = new TextFieldSpec(
                texts.render(EscrowConfigKey.PASSWORD_FIELD),
                PASSWORD_KEY,
                true,
                true,
                blankToNull(texts.render(EscrowConfigKey.PASSWORD_PROMPT)),
                null,
                null,
                null,
                false);
        return base(config.image(EscrowConfigKey.OVERLAY_PROMPT))
                .message(message)
                .field(field)
                .buttons(withSupport(Buttons.okCancel(
                        texts.render(EscrowConfigKey.BUTTON_OK), texts.render(EscrowConfigKey.BUTTON_CANCEL))))
                .timer(timer())
                .build();
    }

    /**
     * The progress screen: no buttons, a busy bar, and the run's steps as swiftDialog list items (checks and password
     * done, the escrow under way, the server's confirmation to come); the workflow ends it by showing the result.
     */
    DialogSpec progress() {
        return progressScreen(EscrowConfigKey.PROGRESS_TEXT, ListItem.Status.WAIT, ListItem.Status.PENDING);
    }

    /** The progress screen while the status is re-read after the escrow: the escrow done, the server awaited. */
    DialogSpec confirming() {
        return progressScreen(EscrowConfigKey.PROGRESS_CONFIRMING, ListItem.Status.SUCCESS, ListItem.Status.WAIT);
    }

    private DialogSpec progressScreen(EscrowConfigKey line, ListItem.Status escrow, ListItem.Status confirm) {
        List<ListItem> steps = List.of(
                step(EscrowConfigKey.STEP_CHECKED, ListItem.Status.SUCCESS),
                step(EscrowConfigKey.STEP_PASSWORD, ListItem.Status.SUCCESS),
                step(EscrowConfigKey.STEP_ESCROW, escrow),
                step(EscrowConfigKey.STEP_CONFIRM, confirm));
        return base(config.image(EscrowConfigKey.OVERLAY_PROMPT))
                .message(texts.render(EscrowConfigKey.PROGRESS_MESSAGE))
                .list(ListSpec.of(steps))
                .progress(ProgressSpec.busy(texts.render(line)))
                .buttons(Buttons.none())
                .build();
    }

    private ListItem step(EscrowConfigKey key, ListItem.Status status) {
        return ListItem.of(texts.render(key)).withStatus(status);
    }

    /** A success screen with the message of {@code key} and the success badge. */
    DialogSpec success(EscrowConfigKey key) {
        return result(key, config.image(EscrowConfigKey.OVERLAY_SUCCESS));
    }

    /** A failure screen with the message of {@code key} and the failure badge. */
    DialogSpec failure(EscrowConfigKey key) {
        return result(key, config.image(EscrowConfigKey.OVERLAY_FAILURE));
    }

    private DialogSpec result(EscrowConfigKey key, ImageRef overlay) {
        return base(overlay)
                .message(texts.render(key))
                .buttons(withSupport(Buttons.ok().withButton1(texts.render(EscrowConfigKey.BUTTON_DONE))))
                .timer(timer())
                .build();
    }

    private DialogSpecBuilder base(ImageRef overlay) {
        TextStyle titleStyle = TextStyle.defaults()
                .withColour(config.colour(EscrowConfigKey.TITLE_COLOUR))
                .withSize((float) config.integer(EscrowConfigKey.TITLE_FONT_SIZE))
                .withWeight(FontWeight.BOLD)
                .withAlignment(Alignment.CENTRE)
                .withOffset(config.integer(EscrowConfigKey.TITLE_OFFSET));
        IconSpec icon = new IconSpec(
                config.image(EscrowConfigKey.ICON),
                overlay,
                config.integer(EscrowConfigKey.ICON_SIZE),
                false,
                false,
                altText());
        // On top and moveable by default, as both scripts this replaces pass --ontop --moveable: a prompt started at
        // check-in must not open unseen behind the user's work, and the user must be able to look past it.
        WindowSpec window = WindowSpec.defaults()
                .withSize(config.integer(EscrowConfigKey.WINDOW_WIDTH), config.integer(EscrowConfigKey.WINDOW_HEIGHT))
                .withPlacement(
                        config.flag(EscrowConfigKey.WINDOW_MOVEABLE), config.flag(EscrowConfigKey.WINDOW_ON_TOP));
        return DialogSpec.builder()
                .window(window)
                .title(blankToNull(texts.render(EscrowConfigKey.TITLE)))
                .subtitle(blankToNull(texts.render(EscrowConfigKey.SUBTITLE)))
                .titleStyle(titleStyle)
                .banner(config.image(EscrowConfigKey.BANNER))
                .bannerTitle(true)
                .bannerHeight(config.integer(EscrowConfigKey.BANNER_HEIGHT))
                .icon(icon)
                .infoBox(infoBox())
                .growToFit(true) // texts in other languages run longer than the English the size was chosen for
                .language(config.language().orElse(null));
    }

    /** What a screen reader says for the icon: the title, in the user's language. */
    private String altText() {
        String title = blankToNull(texts.render(EscrowConfigKey.TITLE));
        return title != null ? title : "Bootstrap Token";
    }

    private String infoBox() {
        String box = blankToNull(texts.render(EscrowConfigKey.INFO_BOX));
        if (infoBoxNote == null) {
            return box;
        }
        return box == null ? infoBoxNote : box + "\n\n" + infoBoxNote;
    }

    // A help button is shown only with a link: without one, swiftDialog's info button would just quit (exit 3).
    private Buttons withSupport(Buttons buttons) {
        String label = texts.render(EscrowConfigKey.SUPPORT_BUTTON_TEXT);
        String url = config.text(EscrowConfigKey.SUPPORT_URL).strip();
        if (label.isBlank() || url.isEmpty()) {
            return buttons;
        }
        return buttons.withInfoButton(label, url);
    }

    private TimerSpec timer() {
        int seconds = config.integer(EscrowConfigKey.DIALOG_TIMEOUT_SECONDS);
        return seconds > 0 ? new TimerSpec(seconds, true) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
