package org.escrowbootstrap.model;

import java.util.List;

/**
 * The select lists and check boxes of a dialog, drawn under the text fields.
 *
 * @param selects select lists (pop-up menus, radio groups), in order
 * @param checkboxes check boxes, in order
 * @param checkboxStyle boxes or switches, and their size
 */
public record Choices(List<SelectSpec> selects, List<CheckboxSpec> checkboxes, CheckboxStyle checkboxStyle) {

    public Choices {
        selects = selects == null ? List.of() : List.copyOf(selects);
        checkboxes = checkboxes == null ? List.of() : List.copyOf(checkboxes);
        checkboxStyle = checkboxStyle == null ? CheckboxStyle.defaults() : checkboxStyle;
    }

    public static Choices none() {
        return new Choices(List.of(), List.of(), CheckboxStyle.defaults());
    }

    public boolean isEmpty() {
        return selects.isEmpty() && checkboxes.isEmpty();
    }

    /** Whether some check box holds button 1 back until it is ticked ({@code enablebutton1}). */
    public boolean holdsButton1() {
        return checkboxes.stream().anyMatch(CheckboxSpec::enablesButton1);
    }
}
