package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.BUTTON1TEXT;
import static org.escrowbootstrap.config.dialog.DialogOption.BUTTON2;
import static org.escrowbootstrap.config.dialog.DialogOption.BUTTON2TEXT;
import static org.escrowbootstrap.config.dialog.DialogOption.BUTTONSTYLE;
import static org.escrowbootstrap.config.dialog.DialogOption.CENTREICON;
import static org.escrowbootstrap.config.dialog.DialogOption.HEIGHT;
import static org.escrowbootstrap.config.dialog.DialogOption.ICON;
import static org.escrowbootstrap.config.dialog.DialogOption.ICONSIZE;
import static org.escrowbootstrap.config.dialog.DialogOption.INFOBUTTON;
import static org.escrowbootstrap.config.dialog.DialogOption.INFOBUTTONTEXT;
import static org.escrowbootstrap.config.dialog.DialogOption.MESSAGE;
import static org.escrowbootstrap.config.dialog.DialogOption.MESSAGEALIGNMENT;
import static org.escrowbootstrap.config.dialog.DialogOption.MESSAGEFONT;
import static org.escrowbootstrap.config.dialog.DialogOption.MESSAGEPOSITION;
import static org.escrowbootstrap.config.dialog.DialogOption.MINI;
import static org.escrowbootstrap.config.dialog.DialogOption.PRESENTATION;
import static org.escrowbootstrap.config.dialog.DialogOption.PROGRESS;
import static org.escrowbootstrap.config.dialog.DialogOption.STYLE;
import static org.escrowbootstrap.config.dialog.DialogOption.TITLE;
import static org.escrowbootstrap.config.dialog.DialogOption.TITLEFONT;
import static org.escrowbootstrap.config.dialog.DialogOption.WIDTH;

import java.util.List;
import java.util.Locale;
import org.escrowbootstrap.config.dialog.DialogArguments.Flag;
import org.escrowbootstrap.config.dialog.DialogArguments.Text;

/**
 * swiftDialog's {@code --style} presets and {@code --mini}, applied as swiftDialog applies them: by setting other
 * options before the dialog is built, so that the rest of the program knows nothing of them.
 */
final class StylePresets {

    static final int MINI_WIDTH = 540;
    static final int MINI_HEIGHT = 150;

    private StylePresets() {}

    /** {@code args} with the preset's options laid over them. */
    static DialogArguments apply(DialogArguments args, List<String> warnings) {
        String style = args.text(STYLE).orElse("").strip().toLowerCase(Locale.ROOT);
        switch (style) {
            case "" -> {}
            case "alert", "caution", "warning" -> alert(args, style);
            case "centred", "centered" -> {
                if (!args.has(ICONSIZE)) {
                    args.put(ICONSIZE, new Text("110"));
                }
                centred(args);
            }
            case "mini" -> args.put(MINI, new Flag(true));
            case "presentation" -> args.put(PRESENTATION, new Flag(true));
            default -> warnings.add("--style \"" + args.text(STYLE).orElse("")
                    + "\" is not alert, caution, warning, centred, mini or presentation; ignored");
        }
        if (args.flag(MINI)) {
            mini(args);
        }
        return args;
    }

    /** A small square window: the title becomes a heading over the message, all of it centred. */
    private static void alert(DialogArguments args, String style) {
        String title = args.text(TITLE).orElse("");
        String message = args.text(MESSAGE).orElse("");
        args.put(MESSAGE, new Text("### " + title + "\n\n" + message));
        args.put(TITLE, new Text("none"));
        args.put(ICONSIZE, new Text("80"));
        args.put(WIDTH, new Text("300"));
        args.put(HEIGHT, new Text("300"));
        if (!style.equals("alert")) {
            args.put(ICON, new DialogArguments.Texts(List.of(style)));
        }
        centred(args);
    }

    private static void centred(DialogArguments args) {
        args.put(BUTTONSTYLE, new Text("centre"));
        args.put(CENTREICON, new Flag(true));
        args.put(MESSAGEPOSITION, new Text("centre"));
        args.put(MESSAGEALIGNMENT, new Text("centre"));
    }

    /** swiftDialog's mini window: small, a smaller title and icon, and with a progress bar no buttons. */
    private static void mini(DialogArguments args) {
        args.put(WIDTH, new Text(String.valueOf(MINI_WIDTH)));
        args.put(HEIGHT, new Text(String.valueOf(MINI_HEIGHT)));
        if (!args.has(TITLEFONT)) {
            args.put(TITLEFONT, new Text("size=18,weight=semibold"));
        }
        if (!args.has(ICONSIZE)) {
            args.put(ICONSIZE, new Text("60"));
        }
        if (!args.has(MESSAGEFONT)) {
            args.put(MESSAGEFONT, new Text("size=14"));
        }
        if (args.has(PROGRESS)) {
            args.put(BUTTON1TEXT, new Text("none"));
            for (DialogOption button : List.of(BUTTON2, BUTTON2TEXT, INFOBUTTON, INFOBUTTONTEXT)) {
                args.remove(button);
            }
        }
    }
}
