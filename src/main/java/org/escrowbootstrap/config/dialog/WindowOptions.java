package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.*;

import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.model.WindowButtons;
import org.escrowbootstrap.model.WindowPosition;
import org.escrowbootstrap.model.WindowSpec;

/** The window's options: size, place, appearance, quit key, the backdrop and the title bar's buttons. */
final class WindowOptions {

    private final OptionReader options;

    private WindowOptions(OptionReader options) {
        this.options = options;
    }

    /** The window, its size scaled by {@code scale} ({@code --small}, {@code --big}). */
    static WindowSpec read(OptionReader options, double scale) {
        return new WindowOptions(options).window(scale);
    }

    private WindowSpec window(double scale) {
        Size width = size(WIDTH, WindowSpec.DEFAULT_WIDTH);
        Size height = size(HEIGHT, WindowSpec.DEFAULT_HEIGHT);
        WindowPosition position = options.keyword(
                        POSITION, WindowPosition::parse, "a position keyword such as topright, or x,y")
                .orElse(null);
        WindowSpec.Appearance appearance = options.keyword(APPEARANCE, WindowOptions::appearance, "dark or light")
                .orElse(WindowSpec.Appearance.SYSTEM);
        char quitKey = 'q';
        Optional<String> key = options.nonBlank(QUITKEY);
        if (key.isPresent() && key.get().length() == 1) {
            quitKey = key.get().charAt(0);
        } else if (key.isPresent()) {
            options.warnings().add("--quitkey \"" + key.get() + "\" is not one character; q is the quit key");
        }
        return new WindowSpec(
                width.points(),
                width.percent(),
                height.points(),
                height.percent(),
                scale,
                position,
                options.args().flag(MOVEABLE),
                options.args().flag(ONTOP),
                appearance,
                quitKey,
                options.args().flag(BLURSCREEN),
                windowButtons());
    }
    /** {@code --windowbuttons}: all three alone, or those its comma list names (others in the list are ignored). */
    private WindowButtons windowButtons() {
        Optional<String> text = options.args().text(WINDOWBUTTONS);
        if (text.isEmpty()) {
            return WindowButtons.none();
        }
        if (text.get().isBlank()) {
            return WindowButtons.all();
        }
        boolean close = false;
        boolean min = false;
        boolean max = false;
        for (String word : text.get().split(",")) {
            switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "close" -> close = true;
                case "min" -> min = true;
                case "max" -> max = true;
                default -> options.warnings()
                        .add("--windowbuttons: \"" + word.strip() + "\" is not close, min or max; ignored");
            }
        }
        return new WindowButtons(close, min, max);
    }

    private record Size(int points, boolean percent) {}

    private Size size(DialogOption option, int fallback) {
        Optional<String> text = options.nonBlank(option);
        if (text.isEmpty()) {
            return new Size(fallback, false);
        }
        String value = text.get().strip();
        boolean percent = value.endsWith("%");
        Optional<Integer> number = NumberText.parseRounded(percent ? value.substring(0, value.length() - 1) : value);
        if (number.isEmpty() || number.get() <= 0 || (percent && number.get() > 100)) {
            options.warnings()
                    .add(option.display() + " \"" + value + "\" is not a size (points, or a percentage up to 100%);"
                            + " the default " + fallback + " is used");
            return new Size(fallback, false);
        }
        return new Size(number.get(), percent);
    }

    private static Optional<WindowSpec.Appearance> appearance(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "dark" -> Optional.of(WindowSpec.Appearance.DARK);
            case "light" -> Optional.of(WindowSpec.Appearance.LIGHT);
            default -> Optional.empty();
        };
    }
}
