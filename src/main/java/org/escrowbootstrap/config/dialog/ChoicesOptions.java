package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.CHECKBOX;
import static org.escrowbootstrap.config.dialog.DialogOption.CHECKBOXSTYLE;
import static org.escrowbootstrap.config.dialog.DialogOption.SELECTDEFAULT;
import static org.escrowbootstrap.config.dialog.DialogOption.SELECTITEMS;
import static org.escrowbootstrap.config.dialog.DialogOption.SELECTTITLE;
import static org.escrowbootstrap.config.dialog.DialogOption.SELECTVALUES;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.config.dialog.DialogArguments.Value;
import org.escrowbootstrap.model.CheckboxSpec;
import org.escrowbootstrap.model.CheckboxStyle;
import org.escrowbootstrap.model.Choices;
import org.escrowbootstrap.model.SelectSpec;

/** Builds the dialog's {@link Choices} (selects and check boxes) from the parsed options, CLI and JSON alike. */
final class ChoicesOptions {

    private ChoicesOptions() {}

    static Choices read(DialogArguments args, List<String> warnings) {
        return new Choices(selects(args, warnings), checkboxes(args, warnings), style(args, warnings));
    }

    private static List<SelectSpec> selects(DialogArguments args, List<String> warnings) {
        Optional<Value> items = args.get(SELECTITEMS);
        if (items.isPresent() && items.get() instanceof DialogArguments.Selects selects) {
            if (args.has(SELECTVALUES)) {
                warnings.add("JSON \"selectitems\" replaces --selectvalues, as in swiftDialog");
            }
            return selects.selects();
        }
        List<List<String>> valueLists = new ArrayList<>();
        Optional<Value> values = args.get(SELECTVALUES);
        if (values.isPresent() && values.get() instanceof DialogArguments.ValueList list) {
            valueLists.add(list.values());
        } else {
            for (String text : args.texts(SELECTVALUES)) {
                valueLists.add(SelectSyntax.splitValues(text));
            }
        }
        if (valueLists.isEmpty() && (args.has(SELECTTITLE) || args.has(SELECTDEFAULT))) {
            warnings.add("--selecttitle and --selectdefault do nothing without --selectvalues");
        }
        return SelectSyntax.fromOptions(valueLists, args.texts(SELECTTITLE), args.texts(SELECTDEFAULT), warnings);
    }

    private static List<CheckboxSpec> checkboxes(DialogArguments args, List<String> warnings) {
        Optional<Value> value = args.get(CHECKBOX);
        if (value.isPresent() && value.get() instanceof DialogArguments.Boxes boxes) {
            return boxes.boxes();
        }
        List<CheckboxSpec> boxes = new ArrayList<>();
        for (String spec : args.texts(CHECKBOX)) {
            CheckboxSyntax.fromOption(spec, warnings).ifPresent(boxes::add);
        }
        return boxes;
    }

    private static CheckboxStyle style(DialogArguments args, List<String> warnings) {
        Optional<Value> value = args.get(CHECKBOXSTYLE);
        if (value.isPresent() && value.get() instanceof DialogArguments.Pairs pairs) {
            return CheckboxSyntax.style(
                    pairs.pairs().get("style"), pairs.pairs().get("size"), warnings);
        }
        Optional<String> text = args.text(CHECKBOXSTYLE).filter(t -> !t.isBlank());
        if (text.isEmpty()) {
            return CheckboxStyle.defaults();
        }
        String[] parts = text.get().split(",", 2);
        return CheckboxSyntax.style(parts[0], parts.length > 1 ? parts[1] : null, warnings);
    }
}
