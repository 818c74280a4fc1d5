package org.escrowbootstrap.model;

/**
 * How the buttons are laid out and sized: {@code --buttonstyle center|stack} and {@code --buttonsize}.
 *
 * @param arrangement where the buttons sit
 * @param size the buttons' size
 */
public record ButtonLook(Arrangement arrangement, ControlSize size) {

    /** swiftDialog's button styles. */
    public enum Arrangement {
        /** Right-aligned, the info button or info text on the left: the default. */
        DEFAULT,
        /** Centred, without the info button, the info text or the help button (as swiftDialog). */
        CENTRE,
        /** Full width, one above the other, without the info button, the info text or the help button. */
        STACK
    }

    public ButtonLook {
        arrangement = arrangement == null ? Arrangement.DEFAULT : arrangement;
        size = size == null ? ControlSize.REGULAR : size;
    }

    public static ButtonLook defaults() {
        return new ButtonLook(Arrangement.DEFAULT, ControlSize.REGULAR);
    }
}
