package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.IMAGE;
import static org.escrowbootstrap.config.dialog.DialogOption.IMAGECAPTION;
import static org.escrowbootstrap.config.dialog.DialogOption.VIEWORDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.config.dialog.DialogArguments.Value;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.InputSection;
import org.escrowbootstrap.model.Picture;

/** The options that arrange the content under the title: {@code --image} with its captions, and {@code --vieworder}. */
final class ContentOptions {

    private ContentOptions() {}

    /** The images, each with the caption of the same place ({@code --imagecaption} pairs by order). */
    static List<Picture> pictures(DialogArguments args, List<String> warnings) {
        Optional<Value> value = args.get(IMAGE);
        List<String> captions = args.texts(IMAGECAPTION);
        List<Picture> pictures = new ArrayList<>();
        if (value.isPresent() && value.get() instanceof DialogArguments.Pictures json) {
            pictures.addAll(json.pictures());
        } else {
            for (String source : args.texts(IMAGE)) {
                if (!source.isBlank()) {
                    pictures.add(new Picture(checked(source.strip(), warnings), null));
                }
            }
        }
        for (int i = 0; i < Math.min(captions.size(), pictures.size()); i++) {
            pictures.set(i, new Picture(pictures.get(i).image(), captions.get(i)));
        }
        if (captions.size() > pictures.size()) {
            warnings.add("--imagecaption given more often than --image; the extra captions are ignored");
        }
        return pictures;
    }

    static List<InputSection> viewOrder(DialogArguments args, List<String> warnings) {
        Optional<String> text = args.text(VIEWORDER).filter(t -> !t.isBlank());
        List<String> unknown = new ArrayList<>();
        List<InputSection> order =
                InputSection.order(text.map(t -> List.of(t.split(","))).orElse(List.of()), unknown);
        if (!unknown.isEmpty()) {
            warnings.add("--vieworder: " + String.join(", ", unknown) + " named nothing (listitem, checkbox, textfield,"
                    + " radiobutton or dropdown); ignored");
        }
        return order;
    }

    private static ImageRef checked(String source, List<String> warnings) {
        for (String bad : ColourCheck.badColours(source)) {
            warnings.add(IMAGE.display() + ": " + ColourCheck.describeBad(bad) + "; transparent instead");
        }
        return ImageRef.parse(source);
    }
}
