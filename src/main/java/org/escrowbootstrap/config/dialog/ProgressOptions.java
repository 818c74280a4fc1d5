package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.config.dialog.DialogArguments.Value;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.TimerSpec;

/** The parts that move while the window is up: {@code --timer}, {@code --progress} and the list items. */
final class ProgressOptions {

    private final OptionReader options;

    private ProgressOptions(OptionReader options) {
        this.options = options;
    }

    static TimerSpec timer(OptionReader options) {
        return new ProgressOptions(options).timer();
    }

    static ProgressSpec progress(OptionReader options) {
        return new ProgressOptions(options).progress();
    }

    static ListSpec list(OptionReader options) {
        return new ProgressOptions(options).list();
    }

    private TimerSpec timer() {
        Optional<String> text = options.args().text(TIMER);
        boolean hideBar = options.args().flag(HIDETIMERBAR);
        if (text.isEmpty()) {
            if (hideBar) {
                options.warnings().add("--hidetimerbar does nothing without --timer");
            }
            return null;
        }
        int seconds = TimerSpec.DEFAULT_SECONDS;
        if (!text.get().isBlank()) {
            Optional<Integer> parsed = NumberText.parseRounded(text.get()).filter(s -> s >= 1);
            if (parsed.isEmpty()) {
                options.warnings()
                        .add("--timer \"" + text.get() + "\" is not a number of seconds; " + TimerSpec.DEFAULT_SECONDS
                                + " is used");
            }
            seconds = parsed.orElse(TimerSpec.DEFAULT_SECONDS);
        }
        return new TimerSpec(seconds, hideBar);
    }

    private ProgressSpec progress() {
        Optional<String> steps = options.args().text(PROGRESS);
        Optional<String> text = options.nonBlank(PROGRESSTEXT);
        if (steps.isEmpty() && options.args().flag(PRESENTATION)) {
            // swiftDialog's presentation always has its bar, busy until the command file gives it a value
            return new ProgressSpec(ProgressSpec.DEFAULT_TOTAL, 0, true, false, text.orElse(null));
        }
        if (steps.isEmpty()) {
            if (text.isPresent()) {
                options.warnings().add("--progresstext does nothing without --progress");
            }
            return null;
        }
        double total = ProgressSpec.DEFAULT_TOTAL;
        if (!steps.get().isBlank()) {
            Optional<Double> parsed = NumberText.parse(steps.get()).filter(n -> n >= 0);
            if (parsed.isEmpty()) {
                options.warnings()
                        .add("--progress \"" + steps.get() + "\" is not a number of steps; "
                                + (int) ProgressSpec.DEFAULT_TOTAL + " is used");
            }
            total = parsed.orElse(ProgressSpec.DEFAULT_TOTAL);
        }
        // As swiftDialog's, the bar starts busy: the command file's progress: lines give it a value.
        return new ProgressSpec(total, 0, true, false, text.orElse(null));
    }

    private ListSpec list() {
        List<ListItem> items = new ArrayList<>();
        Optional<Value> value = options.args().get(LISTITEM);
        if (value.isPresent() && value.get() instanceof DialogArguments.Items json) {
            items.addAll(json.items());
        } else {
            for (String text : options.args().texts(LISTITEM)) {
                if (!text.isBlank()) {
                    items.add(ListItemSyntax.fromOption(text, options.warnings()));
                }
            }
        }
        return ListSpec.of(items)
                .withSelectable(options.args().flag(ENABLELISTSELECT))
                .withStyle(options.keyword(LISTSTYLE, ProgressOptions::listStyle, "expanded or compact")
                        .orElse(ListSpec.Style.DEFAULT));
    }

    private static Optional<ListSpec.Style> listStyle(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "compact" -> Optional.of(ListSpec.Style.COMPACT);
            case "expanded" -> Optional.of(ListSpec.Style.EXPANDED);
            default -> Optional.empty();
        };
    }
}
