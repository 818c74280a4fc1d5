package org.escrowbootstrap.model;

/**
 * The button bar: button 1 (default, Return), button 2 (cancel, Esc), the info button or info text.
 *
 * @param button1Text label of button 1, or null when hidden ({@code --button1text none})
 * @param button1Disabled button 1 starts disabled
 * @param button2Text label of button 2, or null when there is none
 * @param infoButtonText label of the info button, or null when there is none
 * @param infoButtonAction a URL the info button opens instead of quitting, or null
 * @param quitOnInfo the info button quits (exit 3) even when it has an action
 * @param infoText grey text bottom-left in place of the info button, or null
 * @param button2Disabled button 2 is disabled (the command file's {@code button2: disable})
 */
public record Buttons(
        String button1Text,
        boolean button1Disabled,
        String button2Text,
        String infoButtonText,
        String infoButtonAction,
        boolean quitOnInfo,
        String infoText,
        boolean button2Disabled) {

    public static final String DEFAULT_BUTTON1 = "OK";
    public static final String DEFAULT_BUTTON2 = "Cancel";
    public static final String DEFAULT_INFO_BUTTON = "More Information";

    /** Buttons with button 2 enabled. */
    public Buttons(
            String button1Text,
            boolean button1Disabled,
            String button2Text,
            String infoButtonText,
            String infoButtonAction,
            boolean quitOnInfo,
            String infoText) {
        this(button1Text, button1Disabled, button2Text, infoButtonText, infoButtonAction, quitOnInfo, infoText, false);
    }

    public static Buttons ok() {
        return new Buttons(DEFAULT_BUTTON1, false, null, null, null, false, null);
    }

    public static Buttons okCancel(String ok, String cancel) {
        return new Buttons(ok, false, cancel, null, null, false, null);
    }

    /** No buttons at all: a progress screen that the program, not the user, ends. */
    public static Buttons none() {
        return new Buttons(null, false, null, null, null, false, null);
    }

    public boolean hasButton1() {
        return button1Text != null;
    }

    public boolean hasButton2() {
        return button2Text != null;
    }

    public boolean hasInfoButton() {
        return infoButtonText != null;
    }

    public Buttons withButton1(String text) {
        return new Buttons(
                text,
                button1Disabled,
                button2Text,
                infoButtonText,
                infoButtonAction,
                quitOnInfo,
                infoText,
                button2Disabled);
    }

    public Buttons withButton2(String text) {
        return new Buttons(
                button1Text,
                button1Disabled,
                text,
                infoButtonText,
                infoButtonAction,
                quitOnInfo,
                infoText,
                button2Disabled);
    }

    public Buttons withInfoButton(String text, String action) {
        return new Buttons(
                button1Text, button1Disabled, button2Text, text, action, quitOnInfo, infoText, button2Disabled);
    }

    public Buttons withButton1Disabled(boolean value) {
        return new Buttons(
                button1Text,
                value,
                button2Text,
                infoButtonText,
                infoButtonAction,
                quitOnInfo,
                infoText,
                button2Disabled);
    }

    public Buttons withButton2Disabled(boolean value) {
        return new Buttons(
                button1Text,
                button1Disabled,
                button2Text,
                infoButtonText,
                infoButtonAction,
                quitOnInfo,
                infoText,
                value);
    }

    public Buttons withInfoText(String value) {
        return new Buttons(
                button1Text,
                button1Disabled,
                button2Text,
                infoButtonText,
                infoButtonAction,
                quitOnInfo,
                value,
                button2Disabled);
    }
}
