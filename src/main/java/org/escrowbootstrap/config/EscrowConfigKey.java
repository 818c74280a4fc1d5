package org.escrowbootstrap.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The one table of escrow config keys: every setting's dotted name, type and meaning.
 *
 * <p>The JSON file nests the keys by section ({@code {"branding": {"banner": …}}}); managed preferences accept the
 * same nesting or the dotted name; Jamf's {@code key=value} slot and the command line use the dotted name. The
 * built-in defaults live in {@code escrow-config.defaults.json}, the schema in {@code schema/}, the documentation
 * in {@code docs/configuration.md}; tests keep all four in step with this table.
 */
public enum EscrowConfigKey {
    TITLE("branding.title", Type.TEXT, "Title drawn over the banner; empty for none."),
    SUBTITLE("branding.subtitle", Type.TEXT, "Line under the title; empty for none."),
    TITLE_COLOUR("branding.titleColour", Type.COLOUR, "Colour of the title and subtitle: #RRGGBB or a name."),
    TITLE_FONT_SIZE("branding.titleFontSize", Type.INTEGER, 8, 72, "Title size in points."),
    TITLE_OFFSET("branding.titleOffset", Type.INTEGER, -400, 400, "Horizontal shift of the title in points."),
    BANNER("branding.banner", Type.IMAGE, "Banner: an image file or URL, colour=#RRGGBB, gradient=… or none."),
    BANNER_HEIGHT("branding.bannerHeight", Type.INTEGER, 0, 400, "Banner height in points; 0 for the image's own."),
    ICON("branding.icon", Type.IMAGE, "Icon in the left column: a file, URL, SF=symbol, built-in name or none."),
    ICON_SIZE("branding.iconSize", Type.INTEGER, 32, 400, "Width of the icon column in points."),
    OVERLAY_PROMPT("branding.overlayPrompt", Type.IMAGE, "Badge on the icon while asking: caution by default."),
    OVERLAY_SUCCESS("branding.overlaySuccess", Type.IMAGE, "Badge on the icon when the token is stored."),
    OVERLAY_FAILURE("branding.overlayFailure", Type.IMAGE, "Badge on the icon when it is not."),
    WINDOW_WIDTH("branding.windowWidth", Type.INTEGER, 400, 2000, "Window width in points."),
    WINDOW_HEIGHT("branding.windowHeight", Type.INTEGER, 250, 1500, "Window height in points."),
    WINDOW_ON_TOP("branding.windowOnTop", Type.BOOLEAN, "Keep the window above other windows, so it is seen."),
    WINDOW_MOVEABLE("branding.windowMoveable", Type.BOOLEAN, "Let the user drag the window out of the way."),
    INFO_BOX("branding.infoBox", Type.TEXT, "Markdown under the icon (system facts); empty for none."),

    SUPPORT_CONTACT("support.contact", Type.LABEL, "Whom users contact, as {supportcontact} in the texts."),
    SUPPORT_BUTTON_TEXT("support.buttonText", Type.TEXT, "Label of a help button; empty for none."),
    SUPPORT_URL("support.url", Type.TEXT, "Link the help button opens; the button is shown only with a link."),

    LANGUAGE(
            "texts.language",
            Type.TEXT,
            "Language of the screens: auto (the user's preferred languages) or a code such as de or pt-BR."),
    GREETING_MORNING("texts.greetingMorning", Type.LABEL, "{greeting} from 05:00 to 11:59."),
    GREETING_AFTERNOON("texts.greetingAfternoon", Type.LABEL, "{greeting} from 12:00 to 17:59."),
    GREETING_EVENING("texts.greetingEvening", Type.LABEL, "{greeting} from 18:00 to 04:59."),
    PASSWORD_MESSAGE("texts.passwordMessage", Type.LABEL, "Message of the password screen."),
    PASSWORD_FIELD("texts.passwordField", Type.LABEL, "Label of the password field."),
    PASSWORD_PROMPT("texts.passwordPrompt", Type.TEXT, "Grey placeholder inside the password field; may be empty."),
    PASSWORD_INCORRECT("texts.passwordIncorrect", Type.LABEL, "Added to the password screen after a wrong password."),
    PASSWORD_INCORRECT_LAST("texts.passwordIncorrectLast", Type.LABEL, "The same, when only one attempt is left."),
    PASSWORD_TOO_LONG(
            "texts.passwordTooLong", Type.LABEL, "Added instead when the password is longer than macOS can take."),
    PROGRESS_MESSAGE("texts.progressMessage", Type.LABEL, "Message while the token is being stored."),
    PROGRESS_TEXT("texts.progressText", Type.LABEL, "Line under the progress bar while storing."),
    PROGRESS_CONFIRMING("texts.progressConfirming", Type.LABEL, "Line under the bar while waiting for the server."),
    STEP_CHECKED(
            "texts.stepChecked",
            Type.LABEL,
            "List item: the checks before the password (done when the progress screen opens)."),
    STEP_PASSWORD("texts.stepPassword", Type.LABEL, "List item: the password check."),
    STEP_ESCROW("texts.stepEscrow", Type.LABEL, "List item: the escrow itself."),
    STEP_CONFIRM("texts.stepConfirm", Type.LABEL, "List item: the server confirming the token."),
    ESCROWED_MESSAGE("texts.escrowedMessage", Type.LABEL, "Success: the token was stored just now."),
    ALREADY_ESCROWED_MESSAGE("texts.alreadyEscrowedMessage", Type.LABEL, "Success: it was stored before."),
    NOT_SUPPORTED_MESSAGE("texts.notSupportedMessage", Type.LABEL, "The server does not accept the token."),
    NOT_ELIGIBLE_MESSAGE(
            "texts.notEligibleMessage", Type.LABEL, "The user has no secure token / is no FileVault user."),
    STANDARD_USER_MESSAGE(
            "texts.standardUserMessage", Type.LABEL, "The user is a standard user and may not be elevated."),
    ACCOUNT_DISABLED_MESSAGE("texts.accountDisabledMessage", Type.LABEL, "The directory says the account is disabled."),
    ATTEMPTS_EXHAUSTED_MESSAGE("texts.attemptsExhaustedMessage", Type.LABEL, "Every attempt had a wrong password."),
    ESCROW_FAILED_MESSAGE("texts.escrowFailedMessage", Type.LABEL, "profiles failed; {error} is its text."),
    NOT_CONFIRMED_MESSAGE("texts.notConfirmedMessage", Type.LABEL, "Sent, but the server did not confirm in time."),
    STATUS_UNKNOWN_MESSAGE("texts.statusUnknownMessage", Type.LABEL, "The status is not understood; {error} is raw."),
    TOOL_FAILED_MESSAGE("texts.toolFailedMessage", Type.LABEL, "A system tool failed; {error} names it."),
    BUTTON_OK("texts.buttonOk", Type.LABEL, "Button that submits the password."),
    BUTTON_CANCEL("texts.buttonCancel", Type.LABEL, "Button that cancels."),
    BUTTON_DONE("texts.buttonDone", Type.LABEL, "Button that closes a result screen."),

    MAX_ATTEMPTS("behaviour.maxAttempts", Type.INTEGER, 1, 10, "Password attempts before giving up."),
    ELEVATE_STANDARD_USERS(
            "behaviour.elevateStandardUsers", Type.BOOLEAN, "Make a standard user admin only for the escrow."),
    RUN_RECON("behaviour.runRecon", Type.BOOLEAN, "Run jamf recon after a successful escrow."),
    SELF_SERVICE_EXIT_ZERO(
            "behaviour.selfServiceExitZero", Type.BOOLEAN, "Exit 0 on outcomes the user already saw (Self Service)."),
    FAIL_WHEN_DEFERRED(
            "behaviour.failWhenDeferred",
            Type.BOOLEAN,
            "Exit 30 (Failed in Jamf) when nobody can be asked; false: exit 0 with a \"deferred\" log line."),
    SHOW_ALREADY_ESCROWED(
            "behaviour.showAlreadyEscrowed", Type.BOOLEAN, "Show the \"already stored\" screen; false: log only."),
    POLL_SECONDS("behaviour.pollSeconds", Type.INTEGER, 0, 120, "How long to re-read a lagging status after escrow."),
    POLL_INTERVAL_SECONDS("behaviour.pollIntervalSeconds", Type.INTEGER, 1, 30, "Pause between those reads."),
    DIALOG_TIMEOUT_SECONDS(
            "behaviour.dialogTimeoutSeconds",
            Type.INTEGER,
            0,
            86_400,
            "Close an unanswered screen after this; 0: never."),
    TOOL_TIMEOUT_SECONDS("behaviour.toolTimeoutSeconds", Type.INTEGER, 1, 600, "Limit for each macOS tool call."),
    RECON_TIMEOUT_SECONDS(
            "behaviour.reconTimeoutSeconds", Type.INTEGER, 10, 3600, "Limit for jamf recon after the escrow."),

    LOG_FILE("paths.logFile", Type.PATH, "Log file (absolute path)."),
    RUN_DIRECTORY("paths.runDirectory", Type.PATH, "Lock and elevation marker folder; must survive a reboot.");

    /** The kinds of value a key holds. */
    public enum Type {
        /** Any text, empty allowed; templates apply. */
        TEXT("text"),
        /** Text that must not be blank. */
        LABEL("non-empty text"),
        /** An image source as swiftDialog accepts it; a file must exist. */
        IMAGE("image source"),
        /** {@code #RRGGBB}, {@code #RRGGBBAA} or a colour name. */
        COLOUR("colour"),
        /** A whole number in the key's range. */
        INTEGER("whole number"),
        /** true or false (yes/no, 1/0, on/off in text sources). */
        BOOLEAN("true or false"),
        /** An absolute file path. */
        PATH("absolute path");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String key;
    private final Type type;
    private final int min;
    private final int max;
    private final String meaning;

    EscrowConfigKey(String key, Type type, String meaning) {
        this(key, type, 0, 0, meaning);
    }

    EscrowConfigKey(String key, Type type, int min, int max, String meaning) {
        this.key = key;
        this.type = type;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
    }

    /** The dotted name, e.g. {@code behaviour.maxAttempts}. */
    public String key() {
        return key;
    }

    /** The JSON section, e.g. {@code behaviour}. */
    public String section() {
        return key.substring(0, key.indexOf('.'));
    }

    /** The name inside the section, e.g. {@code maxAttempts}. */
    public String leaf() {
        return key.substring(key.indexOf('.') + 1);
    }

    public Type type() {
        return type;
    }

    /** Smallest allowed value of an INTEGER key. */
    public int min() {
        return min;
    }

    /** Largest allowed value of an INTEGER key. */
    public int max() {
        return max;
    }

    /** One sentence for the documentation and the schema. */
    public String meaning() {
        return meaning;
    }

    /** What the key accepts, for messages: {@code whole number from 1 to 10}. */
    public String expectation() {
        return type == Type.INTEGER ? type.description() + " from " + min + " to " + max : type.description();
    }

    /**
     * Whether the key is a text the user reads, which the built-in translations and the config's {@code languages}
     * section may give per language: the branding's texts, the support contact and every text but the language.
     */
    public boolean translatable() {
        boolean text = type == Type.TEXT || type == Type.LABEL;
        boolean userFacing = section().equals("branding")
                || section().equals("support")
                || section().equals("texts");
        return text && userFacing && this != LANGUAGE;
    }

    /**
     * Whether the admin's value, once given, stands in every language: it names something (the help desk, its
     * link) rather than saying something, so a built-in translation must not replace it.
     */
    public boolean sameInEveryLanguage() {
        return this == SUPPORT_CONTACT || this == SUPPORT_URL;
    }

    /** Finds a key by its dotted name, ignoring case (Jamf parameters are typed by hand). */
    public static Optional<EscrowConfigKey> find(String dottedName) {
        if (dottedName == null) {
            return Optional.empty();
        }
        String wanted = dottedName.strip().toLowerCase(Locale.ROOT);
        for (EscrowConfigKey k : values()) {
            if (k.key.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key;
    }
}
