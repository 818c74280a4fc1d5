package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.BACKGROUND;
import static org.escrowbootstrap.config.dialog.DialogOption.BGALPHA;
import static org.escrowbootstrap.config.dialog.DialogOption.BGFILL;
import static org.escrowbootstrap.config.dialog.DialogOption.BGPOSITION;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Watermark;

/** The picture behind the content: {@code --background} with {@code --bgalpha}, {@code --bgposition} and {@code --bgfill}. */
final class WatermarkOptions {

    private WatermarkOptions() {}

    static Watermark read(DialogArguments args, List<String> warnings) {
        Optional<String> source = args.text(BACKGROUND).map(String::strip).filter(s -> !s.isEmpty());
        if (source.isEmpty()) {
            for (DialogOption companion : List.of(BGALPHA, BGPOSITION, BGFILL)) {
                if (args.has(companion)) {
                    warnings.add(companion.display() + " does nothing without --background");
                }
            }
            return Watermark.none();
        }
        for (String bad : ColourCheck.badColours(source.get())) {
            warnings.add(BACKGROUND.display() + ": " + ColourCheck.describeBad(bad) + "; transparent instead");
        }
        return new Watermark(
                ImageRef.parse(source.get()), alpha(args, warnings), position(args, warnings), fill(args, warnings));
    }

    private static double alpha(DialogArguments args, List<String> warnings) {
        Optional<String> text = args.text(BGALPHA).map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Watermark.DEFAULT_ALPHA;
        }
        Optional<Double> alpha = NumberText.parse(text.get()).filter(a -> a >= 0 && a <= 1);
        if (alpha.isEmpty()) {
            warnings.add("--bgalpha \"" + text.get() + "\" is not an opacity from 0 to 1; 0.5 instead");
        }
        return alpha.orElse(Watermark.DEFAULT_ALPHA);
    }

    private static Watermark.Position position(DialogArguments args, List<String> warnings) {
        Optional<String> text = args.text(BGPOSITION).map(t -> t.strip().toLowerCase(Locale.ROOT));
        if (text.isEmpty() || text.get().isEmpty() || text.get().equals("centre")) {
            return Watermark.Position.CENTER;
        }
        for (Watermark.Position position : Watermark.Position.values()) {
            if (position.name().toLowerCase(Locale.ROOT).equals(text.get())) {
                return position;
            }
        }
        warnings.add("--bgposition \"" + text.get() + "\" is not topleft, left, bottomleft, top, center, bottom,"
                + " topright, right or bottomright; center instead");
        return Watermark.Position.CENTER;
    }

    private static Watermark.Fill fill(DialogArguments args, List<String> warnings) {
        String text =
                args.text(BGFILL).map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("");
        return switch (text) {
            case "fill" -> Watermark.Fill.FILL;
            case "fit" -> Watermark.Fill.FIT;
            case "", "none" -> Watermark.Fill.NONE;
            default -> {
                warnings.add("--bgfill \"" + text + "\" is not fill or fit; the picture keeps its own size");
                yield Watermark.Fill.NONE;
            }
        };
    }
}
