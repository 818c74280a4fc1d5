package org.escrowbootstrap.config.dialog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.config.dialog.DialogArguments.Fields;
import org.escrowbootstrap.config.dialog.DialogArguments.Flag;
import org.escrowbootstrap.config.dialog.DialogArguments.Pairs;
import org.escrowbootstrap.config.dialog.DialogArguments.Removed;
import org.escrowbootstrap.config.dialog.DialogArguments.Text;
import org.escrowbootstrap.config.dialog.DialogArguments.Texts;
import org.escrowbootstrap.config.dialog.DialogOption.Kind;
import org.escrowbootstrap.config.dialog.DialogOption.Support;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.Picture;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * Reads swiftDialog's JSON input (keys are the long option names) into {@link DialogArguments}.
 *
 * <p>swiftDialog's value rules: numbers become text; a flag is switched on by {@code true} and off only by a real
 * {@code false}; a non-flag option given {@code true} or {@code false} counts as absent, even if the command line
 * gave it. A JSON {@code null} leaves the command line's value in place.
 */
final class DialogJson {

    private static final Set<String> TEXT_FIELD_KEYS = Set.of(
            "title",
            "name",
            "secure",
            "required",
            "prompt",
            "value",
            "regex",
            "regexerror",
            "confirm",
            "editor",
            "fileselect",
            "filetype",
            "path",
            "passwordfill",
            "isdate");
    private static final Set<String> UNSUPPORTED_FIELD_KEYS = Set.of("isdate");

    private final List<String> warnings;

    private DialogJson(List<String> warnings) {
        this.warnings = warnings;
    }

    /**
     * Reads the JSON input that {@code --jsonfile} and {@code --jsonstring} name. As in swiftDialog the file is read
     * first (a missing file ends the program even when a string follows) and the string replaces it.
     */
    static DialogArguments fromOptions(DialogArguments commandLine, List<String> warnings) throws DialogInputException {
        Optional<String> file = commandLine.text(DialogOption.JSONFILE);
        Optional<String> string = commandLine.text(DialogOption.JSONSTRING);
        JsonElement root = null;
        if (file.isPresent()) {
            root = JsonSource.parse(JsonSource.readFile(file.get()), "--jsonfile " + file.get());
        }
        if (string.isPresent()) {
            if (file.isPresent()) {
                warnings.add("--jsonstring replaces --jsonfile " + file.get());
            }
            root = JsonSource.parse(string.get(), "--jsonstring");
        }
        return root == null ? new DialogArguments() : read(root, warnings);
    }

    /** Reads the options of a parsed JSON document, adding a line to {@code warnings} for each problem. */
    static DialogArguments read(JsonElement root, List<String> warnings) {
        return new DialogJson(warnings).read(root);
    }

    private DialogArguments read(JsonElement root) {
        DialogArguments arguments = new DialogArguments();
        if (!root.isJsonObject()) {
            warnings.add("the JSON input is not an object ({\"title\": …}); ignored");
            return arguments;
        }
        DialogArguments.Value icons = null;
        for (Map.Entry<String, JsonElement> entry : root.getAsJsonObject().entrySet()) {
            String key = entry.getKey();
            if (entry.getValue().isJsonNull()) {
                continue; // scripts that write JSON from Python say null for "not given": no warning
            }
            Optional<DialogOption> option = DialogOption.byJsonKey(key);
            if (option.isEmpty()) {
                if (DialogOption.byToken("--" + key).isPresent()) {
                    warnings.add("JSON \"" + key + "\" is read only from the command line, ignored");
                } else {
                    warnings.add("unknown JSON key \"" + key + "\" (did you mean \"" + DialogOption.closestJsonKey(key)
                            + "\"?), ignored");
                }
                continue;
            }
            if (option.get().support() == Support.UNSUPPORTED) {
                warnings.add("JSON \"" + key + "\" is not supported by escrow-bootstrap, ignored");
                continue;
            }
            if (option.get().support() == Support.NO_EFFECT) {
                continue;
            }
            Optional<DialogArguments.Value> value = value(option.get(), key, entry.getValue());
            if (option.get() == DialogOption.ICONS) {
                icons = value.orElse(icons);
            } else {
                value.ifPresent(v -> arguments.put(option.get(), v));
            }
        }
        if (icons != null) {
            arguments.put(DialogOption.ICON, icons); // as in swiftDialog, "icons" wins over "icon"
        }
        return arguments;
    }

    private Optional<DialogArguments.Value> value(DialogOption option, String key, JsonElement json) {
        switch (option) {
            case TEXTFIELD:
                return Optional.of(new Fields(textFields(json)));
            case LISTITEM:
                return Optional.of(new DialogArguments.Items(listItems(json)));
            case ICONS:
                return firstIcon(json).map(icon -> new Texts(List.of(icon)));
            case IMAGE:
                if (json.isJsonArray()) {
                    return Optional.of(new DialogArguments.Pictures(pictures(json.getAsJsonArray())));
                }
                break;
            case SELECTITEMS:
                return Optional.of(new DialogArguments.Selects(SelectSyntax.fromJson(json, warnings)));
            case SELECTVALUES:
                if (json.isJsonArray()) {
                    return Optional.of(new DialogArguments.ValueList(SelectSyntax.jsonValues(json)));
                }
                break;
            case CHECKBOX:
                if (json.isJsonArray() || json.isJsonObject()) {
                    return Optional.of(new DialogArguments.Boxes(CheckboxSyntax.fromJson(json, warnings)));
                }
                break;
            case WINDOWBUTTONS:
                // a flag in swiftDialog that may carry a list: true offers every button, false none
                if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isBoolean()) {
                    return Optional.of(json.getAsBoolean() ? new Text("") : new Removed());
                }
                break;
            case TITLEFONT:
            case MESSAGEFONT:
            case CHECKBOXSTYLE:
                if (json.isJsonObject()) {
                    return Optional.of(new Pairs(pairs(key, json.getAsJsonObject())));
                }
                break;
            default:
                break;
        }
        if (option.kind() == Kind.FLAG) {
            if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isBoolean()) {
                return Optional.of(new Flag(json.getAsBoolean()));
            }
            if (json.isJsonPrimitive() && json.getAsString().equalsIgnoreCase("false")) {
                warnings.add("JSON \"" + key + "\": \"false\" is text, so the flag is on; write false without quotes");
            }
            return Optional.of(new Flag(true));
        }
        if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isBoolean()) {
            warnings.add("JSON \"" + key + "\" takes a value, not " + json.getAsBoolean()
                    + "; the option counts as not given (as in swiftDialog)");
            return Optional.of(new Removed());
        }
        if (!json.isJsonPrimitive()) {
            warnings.add("JSON \"" + key + "\" should be text or a number; ignored");
            return Optional.empty();
        }
        String text = text(json.getAsJsonPrimitive());
        return Optional.of(option.kind() == Kind.REPEATABLE ? new Texts(List.of(text)) : new Text(text));
    }

    /** A JSON number as swiftDialog writes it: {@code 700}, not {@code 700.0}. */
    static String text(JsonPrimitive primitive) {
        if (primitive.isNumber()) {
            Optional<Long> whole = NumberText.whole(primitive.getAsString());
            if (whole.isPresent()) {
                return whole.get().toString();
            }
            try {
                BigDecimal number = new BigDecimal(primitive.getAsString()).stripTrailingZeros();
                return number.scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
            } catch (NumberFormatException | ArithmeticException e) {
                return primitive.getAsString();
            }
        }
        return primitive.getAsString();
    }

    /** JSON {@code image}: objects with {@code imagename} and {@code caption}, or plain sources. */
    private List<Picture> pictures(JsonArray entries) {
        List<Picture> pictures = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonElement entry = entries.get(i);
            String source = null;
            String caption = null;
            if (entry.isJsonPrimitive()) {
                source = entry.getAsString();
            } else if (entry.isJsonObject()) {
                source = string(entry.getAsJsonObject(), "imagename");
                caption = string(entry.getAsJsonObject(), "caption");
            }
            if (source == null || source.isBlank()) {
                warnings.add("JSON \"image\" entry " + (i + 1) + " has no \"imagename\"; ignored");
            } else {
                pictures.add(new Picture(ImageRef.parse(source), caption));
            }
        }
        return pictures;
    }

    private Optional<String> firstIcon(JsonElement json) {
        if (!json.isJsonArray() || json.getAsJsonArray().isEmpty()) {
            warnings.add("JSON \"icons\" should be a list such as [{\"icon\": \"info\"}]; ignored");
            return Optional.empty();
        }
        JsonArray icons = json.getAsJsonArray();
        if (icons.size() > 1) {
            warnings.add("JSON \"icons\": escrow-bootstrap shows only the first icon");
        }
        JsonElement first = icons.get(0);
        if (first.isJsonObject() && first.getAsJsonObject().has("icon")) {
            JsonElement icon = first.getAsJsonObject().get("icon");
            if (icon.isJsonPrimitive()) {
                return Optional.of(icon.getAsString());
            }
        }
        warnings.add("JSON \"icons\": the first entry has no \"icon\" text; ignored");
        return Optional.empty();
    }

    private Map<String, String> pairs(String key, JsonObject object) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (entry.getValue().isJsonPrimitive()) {
                pairs.put(entry.getKey(), text(entry.getValue().getAsJsonPrimitive()));
            } else if (!entry.getValue().isJsonNull()) {
                warnings.add("JSON \"" + key + "\": \"" + entry.getKey() + "\" should be text or a number; ignored");
            }
        }
        return pairs;
    }

    private List<ListItem> listItems(JsonElement json) {
        List<JsonElement> entries = new ArrayList<>();
        if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(entries::add);
        } else {
            entries.add(json); // one item without the list around it
        }
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonElement entry = entries.get(i);
            if (entry.isJsonPrimitive()) {
                items.add(ListItem.of(entry.getAsString()));
            } else if (entry.isJsonObject()) {
                items.add(ListItemSyntax.fromPairs(pairs("listitem", entry.getAsJsonObject()), warnings));
            } else if (!entry.isJsonNull()) {
                warnings.add("JSON \"listitem\" entry " + (i + 1) + " should be a title or an object; ignored");
            }
        }
        return items;
    }

    private List<TextFieldSpec> textFields(JsonElement json) {
        List<JsonElement> entries = new ArrayList<>();
        if (json.isJsonArray()) {
            json.getAsJsonArray().forEach(entries::add);
        } else {
            entries.add(json); // one field without the list around it
        }
        List<TextFieldSpec> fields = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonElement entry = entries.get(i);
            if (entry.isJsonPrimitive()) {
                fields.add(TextFieldSpec.plain(entry.getAsString()));
            } else if (entry.isJsonObject()) {
                fields.add(textField(i + 1, entry.getAsJsonObject()));
            } else {
                warnings.add("JSON \"textfield\" entry " + (i + 1) + " should be a title or an object; ignored");
            }
        }
        return fields;
    }

    private TextFieldSpec textField(int number, JsonObject object) {
        String where = "JSON \"textfield\" entry " + number;
        for (String key : object.keySet()) {
            if (!TEXT_FIELD_KEYS.contains(key)) {
                warnings.add(where + ": unknown key \"" + key + "\" (did you mean \""
                        + EditDistance.closest(key, TEXT_FIELD_KEYS) + "\"?), ignored");
            } else if (UNSUPPORTED_FIELD_KEYS.contains(key) && isSet(object.get(key))) {
                warnings.add(where + ": \"" + key + "\" is not supported by escrow-bootstrap, ignored");
            }
        }
        String title = string(object, "title");
        if (title == null) {
            warnings.add(where + " has no \"title\"");
            title = "";
        }
        return new TextFieldSpec(
                title,
                string(object, "name"),
                bool(where, object, "secure"),
                bool(where, object, "required"),
                string(object, "prompt"),
                string(object, "value"),
                string(object, "regex"),
                string(object, "regexerror"),
                bool(where, object, "confirm"),
                bool(where, object, "editor"),
                bool(where, object, "fileselect"),
                string(object, "filetype"),
                string(object, "path"));
    }

    private static boolean isSet(JsonElement value) {
        return !value.isJsonNull()
                && !(value.isJsonPrimitive() && value.getAsString().equalsIgnoreCase("false"))
                && !(value.isJsonPrimitive() && value.getAsString().isEmpty());
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? text(value.getAsJsonPrimitive()) : null;
    }

    private boolean bool(String where, JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (value.isJsonPrimitive()) {
            String text = value.getAsString().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
        }
        warnings.add(where + ": \"" + key + "\" should be true or false; taken as false");
        return false;
    }
}
