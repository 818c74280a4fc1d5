package org.escrowbootstrap.model;

/**
 * How the buttons are laid out, sized and decorated: {@code --buttonstyle center|stack}, {@code --buttonsize} and
 * the buttons' SF Symbols.
 *
 * @param arrangement where the buttons sit
 * @param size the buttons' size
 * @param symbols the symbols drawn beside the buttons' labels
 */
public record ButtonLook(Arrangement arrangement, ControlSize size, ButtonSymbols symbols) {

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
        symbols = symbols == null ? ButtonSymbols.none() : symbols;
    }

    /** A look without symbols. */
    public ButtonLook(Arrangement arrangement, ControlSize size) {
        this(arrangement, size, ButtonSymbols.none());
    }

    /** The same look with the buttons at {@code value} (the command file's {@code buttonsize:}). */
    public ButtonLook withSize(ControlSize value) {
        return new ButtonLook(arrangement, value, symbols);
    }

    public static ButtonLook defaults() {
        return new ButtonLook(Arrangement.DEFAULT, ControlSize.REGULAR);
    }
}
