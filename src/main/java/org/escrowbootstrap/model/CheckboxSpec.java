package org.escrowbootstrap.model;

/**
 * One check box, as {@code --checkbox "Label,checked,disabled,name=key,icon=…,enablebutton1"} describes it.
 *
 * @param label what the box says; also the output key unless {@code name} is given
 * @param name output key instead of the label, or null
 * @param checked ticked when the dialog opens
 * @param disabled the user cannot change it
 * @param icon an image beside the label (switch style only, as in swiftDialog), or {@link ImageRef.None}
 * @param enablesButton1 ticking it enables button 1 and unticking disables it
 */
public record CheckboxSpec(
        String label, String name, boolean checked, boolean disabled, ImageRef icon, boolean enablesButton1) {

    public CheckboxSpec {
        if (label == null) {
            throw new IllegalArgumentException("a check box needs a label");
        }
        name = name == null || name.isEmpty() ? null : name;
        icon = icon == null ? ImageRef.none() : icon;
    }

    public static CheckboxSpec of(String label) {
        return new CheckboxSpec(label, null, false, false, ImageRef.none(), false);
    }

    /** The key this box is reported under. */
    public String outputKey() {
        return name != null ? name : label;
    }
}
