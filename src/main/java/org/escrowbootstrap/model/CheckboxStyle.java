package org.escrowbootstrap.model;

/**
 * How check boxes are drawn: {@code --checkboxstyle checkbox|switch[,mini|small|regular|large]}.
 *
 * @param switches draw switches instead of boxes (and show the boxes' icons, as swiftDialog does only then)
 * @param size the control size
 */
public record CheckboxStyle(boolean switches, ControlSize size) {

    public CheckboxStyle {
        size = size == null ? ControlSize.REGULAR : size;
    }

    public static CheckboxStyle defaults() {
        return new CheckboxStyle(false, ControlSize.REGULAR);
    }
}
