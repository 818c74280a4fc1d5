package org.escrowbootstrap.config.dialog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.model.SelectSpec;

/**
 * Reads select lists: {@code --selecttitle "Title,required,radio,name=key"}, {@code --selectvalues "a,b,---,c"} and
 * {@code --selectdefault "b"} (several lists pair up by order), JSON {@code selectitems}, and the legacy JSON keys.
 *
 * <p>As in swiftDialog there is one list per {@code --selectvalues}; a missing title or default is empty. What does
 * not fit (a default that is not a value, {@code name=} twice, a list without values) gets one warning each.
 */
final class SelectSyntax {

    private static final Set<String> ITEM_KEYS = Set.of("title", "name", "values", "default", "required", "style");

    private SelectSyntax() {}

    /** The lists of the command line (or legacy JSON keys, which arrive the same way). */
    static List<SelectSpec> fromOptions(
            List<List<String>> valueLists, List<String> titles, List<String> defaults, List<String> warnings) {
        if (titles.size() > valueLists.size()) {
            warnings.add("--selecttitle given " + titles.size() + " times but --selectvalues " + valueLists.size()
                    + " times; a title without values is ignored");
        }
        if (defaults.size() > valueLists.size()) {
            warnings.add("--selectdefault given more often than --selectvalues; the extra defaults are ignored");
        }
        List<SelectSpec> selects = new ArrayList<>();
        for (int i = 0; i < valueLists.size(); i++) {
            String titleSpec = i < titles.size() ? titles.get(i) : "";
            String defaultValue = i < defaults.size() ? defaults.get(i).strip() : null;
            selects.add(fromTitle(titleSpec, valueLists.get(i), defaultValue, warnings));
        }
        return kept(selects, warnings);
    }

    /** One {@code --selectvalues} text split as swiftDialog splits it: on commas, each value trimmed. */
    static List<String> splitValues(String text) {
        return Arrays.stream(text.split(",", -1)).map(String::strip).toList();
    }

    private static SelectSpec fromTitle(String spec, List<String> values, String defaultValue, List<String> warnings) {
        List<String> parts =
                Arrays.stream(spec.split(",", -1)).map(String::strip).toList();
        String title = parts.get(0);
        boolean required = false;
        SelectSpec.Style style = SelectSpec.Style.LIST;
        String name = null;
        for (String part : parts.subList(1, parts.size())) {
            int equals = part.indexOf('=');
            String key = (equals < 0 ? part : part.substring(0, equals)).toLowerCase(Locale.ROOT);
            switch (key) {
                case "required" -> required = true;
                case "name" -> {
                    if (name != null) {
                        warnings.add("--selecttitle \"" + title + "\": name= given twice; the last one counts");
                    }
                    name = part.substring(equals + 1).strip();
                }
                case "radio", "searchable", "multiselect", "list" -> {
                    SelectSpec.Style next = style(key).orElseThrow();
                    if (style != SelectSpec.Style.LIST && style != next) {
                        warnings.add("--selecttitle \"" + title + "\": more than one style; " + key + " counts");
                    }
                    style = next;
                }
                case "" -> {}
                default -> warnings.add("--selecttitle \"" + title + "\": unknown modifier \"" + part
                        + "\" (required, radio, searchable, multiselect or name=), ignored");
            }
        }
        return checkedDefault(
                new SelectSpec(title, name, values, defaultValue, required, style), defaultValue, warnings);
    }

    /** The lists of JSON {@code selectitems}: objects with title, name, values, default, required and style. */
    static List<SelectSpec> fromJson(JsonElement json, List<String> warnings) {
        JsonArray items = new JsonArray();
        if (json.isJsonArray()) {
            items = json.getAsJsonArray();
        } else {
            items.add(json); // one list without the array around it
        }
        List<SelectSpec> selects = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isJsonObject()) {
                warnings.add("JSON \"selectitems\" entry " + (i + 1) + " should be an object; ignored");
                continue;
            }
            selects.add(fromJsonItem(i + 1, items.get(i).getAsJsonObject(), warnings));
        }
        return kept(selects, warnings);
    }

    private static SelectSpec fromJsonItem(int number, JsonObject item, List<String> warnings) {
        String where = "JSON \"selectitems\" entry " + number;
        for (String key : item.keySet()) {
            if (!ITEM_KEYS.contains(key)) {
                warnings.add(where + ": unknown key \"" + key + "\" (did you mean \""
                        + EditDistance.closest(key, ITEM_KEYS) + "\"?), ignored");
            }
        }
        String styleText = text(item, "style");
        SelectSpec.Style style = SelectSpec.Style.LIST;
        if (styleText != null && !styleText.isBlank()) {
            Optional<SelectSpec.Style> parsed = style(styleText.strip().toLowerCase(Locale.ROOT));
            if (parsed.isEmpty()) {
                warnings.add(where + ": style \"" + styleText + "\" is not radio, searchable or multiselect; a menu");
            }
            style = parsed.orElse(SelectSpec.Style.LIST);
        }
        String defaultValue = text(item, "default");
        JsonElement required = item.get("required");
        SelectSpec select = new SelectSpec(
                orEmpty(text(item, "title")),
                text(item, "name"),
                jsonValues(item.get("values")),
                defaultValue,
                required != null
                        && required.isJsonPrimitive()
                        && required.getAsString().equalsIgnoreCase("true"),
                style);
        return checkedDefault(select, defaultValue, warnings);
    }

    /** A JSON list of values (legacy {@code selectvalues} too), each trimmed as swiftDialog does. */
    static List<String> jsonValues(JsonElement json) {
        List<String> values = new ArrayList<>();
        if (json == null || json.isJsonNull()) {
            return values;
        }
        if (json.isJsonArray()) {
            for (JsonElement value : json.getAsJsonArray()) {
                if (value.isJsonPrimitive()) {
                    values.add(DialogJson.text(value.getAsJsonPrimitive()).strip());
                }
            }
            return values;
        }
        return json.isJsonPrimitive() ? splitValues(json.getAsString()) : values;
    }

    private static SelectSpec checkedDefault(SelectSpec select, String given, List<String> warnings) {
        if (given != null
                && !given.isEmpty()
                && select.defaultValue() == null
                && !select.values().isEmpty()) {
            warnings.add("select \"" + select.title() + "\": the default \"" + given
                    + "\" is not one of its values; nothing is chosen at first");
        }
        return select;
    }

    private static boolean keep(SelectSpec select, List<String> warnings) {
        boolean empty = select.values().stream().allMatch(v -> v.isEmpty() || v.equals(SelectSpec.DIVIDER));
        if (empty) {
            warnings.add("select \"" + select.title() + "\" has no values; not shown");
        }
        return !empty;
    }

    private static Optional<SelectSpec.Style> style(String word) {
        return switch (word) {
            case "radio" -> Optional.of(SelectSpec.Style.RADIO);
            case "searchable" -> Optional.of(SelectSpec.Style.SEARCHABLE);
            case "multiselect" -> Optional.of(SelectSpec.Style.MULTISELECT);
            case "list", "" -> Optional.of(SelectSpec.Style.LIST);
            default -> Optional.empty();
        };
    }

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? DialogJson.text(value.getAsJsonPrimitive()) : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The selects worth drawing; a loop, not a stream, since every dialog passes here before its first paint. */
    private static List<SelectSpec> kept(List<SelectSpec> selects, List<String> warnings) {
        List<SelectSpec> kept = new ArrayList<>();
        for (SelectSpec select : selects) {
            if (keep(select, warnings)) {
                kept.add(select);
            }
        }
        return List.copyOf(kept);
    }
}
