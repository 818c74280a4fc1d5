package org.escrowbootstrap.config.dialog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.escrowbootstrap.model.CheckboxSpec;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.Picture;
import org.escrowbootstrap.model.SelectSpec;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * The dialog options of one invocation, by option: what the command line gave, with JSON laid over it.
 *
 * <p>Values are still text here; {@link DialogSpecMapper} gives them meaning. An option is either absent or holds
 * exactly one {@link Value}.
 */
final class DialogArguments {

    /** One option's value. */
    sealed interface Value {}

    /** A flag: on, or switched off by a JSON {@code false}. */
    record Flag(boolean on) implements Value {}

    /** A single value; empty when the option was given without one. */
    record Text(String text) implements Value {
        Text {
            if (text == null) {
                throw new IllegalArgumentException("text must not be null");
            }
        }
    }

    /** Every value of a repeatable option, in order. */
    record Texts(List<String> texts) implements Value {
        Texts {
            texts = List.copyOf(texts);
        }
    }

    /** Text fields from JSON objects, already read (templates do not apply to JSON arrays). */
    record Fields(List<TextFieldSpec> fields) implements Value {
        Fields {
            fields = List.copyOf(fields);
        }
    }

    /** List items from JSON (titles or objects), already read (templates do not apply to JSON arrays). */
    record Items(List<ListItem> items) implements Value {
        Items {
            items = List.copyOf(items);
        }
    }

    /** Select lists from JSON {@code selectitems}, already read. */
    record Selects(List<SelectSpec> selects) implements Value {
        Selects {
            selects = List.copyOf(selects);
        }
    }

    /** One list of values from a JSON array (the legacy {@code selectvalues}), values may hold commas. */
    record ValueList(List<String> values) implements Value {
        ValueList {
            values = List.copyOf(values);
        }
    }

    /** Images from JSON objects ({@code imagename}, {@code caption}), already read. */
    record Pictures(List<Picture> pictures) implements Value {
        Pictures {
            pictures = List.copyOf(pictures);
        }
    }

    /** Check boxes from JSON objects, already read. */
    record Boxes(List<CheckboxSpec> boxes) implements Value {
        Boxes {
            boxes = List.copyOf(boxes);
        }
    }

    /** A font (or the check box style) given as a JSON object, its values as text (templates do not apply to JSON objects). */
    record Pairs(Map<String, String> pairs) implements Value {
        Pairs {
            pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
        }
    }

    /** JSON's way of removing an option the command line gave (a non-flag option set to {@code true}). */
    record Removed() implements Value {}

    private final EnumMap<DialogOption, Value> values = new EnumMap<>(DialogOption.class);

    boolean has(DialogOption option) {
        Value value = values.get(option);
        return value != null && !(value instanceof Flag flag && !flag.on());
    }

    Optional<Value> get(DialogOption option) {
        return Optional.ofNullable(values.get(option));
    }

    /** Whether a flag is on. */
    boolean flag(DialogOption option) {
        return has(option);
    }

    /** The option's single value: empty when absent, {@code ""} when given without a value. */
    Optional<String> text(DialogOption option) {
        Value value = values.get(option);
        if (value instanceof Text text) {
            return Optional.of(text.text());
        }
        if (value instanceof Texts texts) {
            return Optional.of(texts.texts().isEmpty() ? "" : texts.texts().get(0));
        }
        return Optional.empty();
    }

    /** Every value of a repeatable option, or the single value as a list. */
    List<String> texts(DialogOption option) {
        Value value = values.get(option);
        if (value instanceof Texts texts) {
            return texts.texts();
        }
        if (value instanceof Text text) {
            return List.of(text.text());
        }
        return List.of();
    }

    /** Takes an option out, as if it had not been given. */
    void remove(DialogOption option) {
        values.remove(option);
    }

    void put(DialogOption option, Value value) {
        values.put(option, value);
    }

    /** Adds one more value of a repeatable option. */
    void add(DialogOption option, String text) {
        List<String> texts = new ArrayList<>(texts(option));
        texts.add(text);
        values.put(option, new Texts(texts));
    }

    /** These arguments with {@code json}'s laid over them: per option JSON wins, options only here stay. */
    DialogArguments overlaidWith(DialogArguments json) {
        DialogArguments merged = new DialogArguments();
        merged.values.putAll(values);
        json.values.forEach((option, value) -> {
            if (value instanceof Removed) {
                merged.values.remove(option);
            } else {
                merged.values.put(option, value);
            }
        });
        return merged;
    }

    /**
     * These arguments with every dialog text passed through {@code change}. JSON objects and arrays stay as they
     * are, and so do the program's own command-line options (file names, help topics), which are not dialog text.
     */
    DialogArguments mapTexts(UnaryOperator<String> change) {
        DialogArguments mapped = new DialogArguments();
        values.forEach((option, value) -> {
            Value changed = value;
            if (!option.inJson()) {
                changed = value;
            } else if (value instanceof Text text) {
                changed = new Text(change.apply(text.text()));
            } else if (value instanceof Texts texts) {
                changed = new Texts(texts.texts().stream().map(change).toList());
            }
            mapped.values.put(option, changed);
        });
        return mapped;
    }

    @Override
    public String toString() {
        return "DialogArguments" + values.keySet(); // values may hold prefilled secrets: names only
    }
}
