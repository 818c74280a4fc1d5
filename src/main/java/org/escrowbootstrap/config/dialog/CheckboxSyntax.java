package org.escrowbootstrap.config.dialog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.model.CheckboxSpec;
import org.escrowbootstrap.model.CheckboxStyle;
import org.escrowbootstrap.model.ControlSize;
import org.escrowbootstrap.model.ImageRef;

/**
 * Reads check boxes: {@code --checkbox "Label,checked,disabled,name=key,icon=…,enablebutton1"}, JSON
 * {@code checkbox} objects, and {@code --checkboxstyle checkbox|switch[,size]}.
 *
 * <p>The label is the first part that is not a known modifier (or {@code label=}). A box without a label is left out
 * with a warning: swiftDialog would draw an empty box whose output key is empty.
 */
final class CheckboxSyntax {

    private static final Set<String> JSON_KEYS =
            Set.of("label", "name", "checked", "disabled", "icon", "enablebutton1");

    private CheckboxSyntax() {}

    static Optional<CheckboxSpec> fromOption(String spec, List<String> warnings) {
        String label = null;
        String name = null;
        String icon = null;
        boolean checked = false;
        boolean disabled = false;
        boolean enables = false;
        for (String raw : spec.split(",", -1)) {
            String part = raw.strip();
            int equals = part.indexOf('=');
            String key = (equals < 0 ? part : part.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : part.substring(equals + 1).strip();
            switch (key) {
                case "checked" -> checked = true;
                case "disabled" -> disabled = true;
                case "enablebutton1" -> enables = true;
                case "name" -> name = value;
                case "icon" -> icon = value;
                case "label" -> label = value;
                case "" -> {}
                default -> {
                    if (label == null && equals < 0) {
                        label = part;
                    } else {
                        warnings.add("--checkbox \"" + spec + "\": unknown modifier \"" + part
                                + "\" (checked, disabled, enablebutton1, name=, icon=), ignored");
                    }
                }
            }
        }
        return checked(label, name, checked, disabled, icon, enables, "--checkbox \"" + spec + "\"", warnings);
    }

    /** JSON {@code checkbox}: a list of objects (or one object). */
    static List<CheckboxSpec> fromJson(JsonElement json, List<String> warnings) {
        JsonArray entries = new JsonArray();
        if (json.isJsonArray()) {
            entries = json.getAsJsonArray();
        } else {
            entries.add(json);
        }
        List<CheckboxSpec> boxes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "JSON \"checkbox\" entry " + (i + 1);
            JsonElement entry = entries.get(i);
            if (entry.isJsonPrimitive()) {
                checked(entry.getAsString(), null, false, false, null, false, where, warnings)
                        .ifPresent(boxes::add);
                continue;
            }
            if (!entry.isJsonObject()) {
                warnings.add(where + " should be an object such as {\"label\": \"…\"}; ignored");
                continue;
            }
            JsonObject object = entry.getAsJsonObject();
            for (String key : object.keySet()) {
                if (!JSON_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                    warnings.add(where + ": unknown key \"" + key + "\" (did you mean \""
                            + EditDistance.closest(key, JSON_KEYS) + "\"?), ignored");
                }
            }
            checked(
                            text(object, "label"),
                            text(object, "name"),
                            bool(object, "checked"),
                            bool(object, "disabled"),
                            text(object, "icon"),
                            bool(object, "enableButton1") || bool(object, "enablebutton1"),
                            where,
                            warnings)
                    .ifPresent(boxes::add);
        }
        return boxes;
    }

    /** {@code --checkboxstyle switch,large} or JSON {@code {"style": "switch", "size": "large"}}. */
    static CheckboxStyle style(String style, String size, List<String> warnings) {
        String kind = style == null ? "" : style.strip().toLowerCase(Locale.ROOT);
        if (!kind.isEmpty() && !kind.equals("checkbox") && !kind.equals("switch")) {
            warnings.add("--checkboxstyle \"" + style + "\" is not checkbox or switch; check boxes are drawn");
        }
        ControlSize parsed = ControlSize.REGULAR;
        if (size != null && !size.isBlank()) {
            Optional<ControlSize> given = ControlSize.parse(size);
            if (given.isEmpty()) {
                warnings.add("--checkboxstyle size \"" + size + "\" is not mini, small, regular or large; regular");
            }
            parsed = given.orElse(ControlSize.REGULAR);
        }
        return new CheckboxStyle(kind.equals("switch"), parsed);
    }

    private static Optional<CheckboxSpec> checked(
            String label,
            String name,
            boolean checked,
            boolean disabled,
            String icon,
            boolean enables,
            String where,
            List<String> warnings) {
        if (label == null || label.isBlank()) {
            warnings.add(where + " has no label; not shown");
            return Optional.empty();
        }
        ImageRef image = icon == null || icon.isBlank() ? ImageRef.none() : ImageRef.parse(icon);
        return Optional.of(new CheckboxSpec(label, name, checked, disabled, image, enables));
    }

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? DialogJson.text(value.getAsJsonPrimitive()) : null;
    }

    private static boolean bool(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() && value.getAsString().equalsIgnoreCase("true");
    }
}
