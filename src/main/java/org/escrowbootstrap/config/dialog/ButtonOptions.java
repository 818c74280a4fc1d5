package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.*;

import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.model.ButtonLook;
import org.escrowbootstrap.model.ButtonSymbol;
import org.escrowbootstrap.model.ButtonSymbols;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.ControlSize;

/** The buttons' options: their labels and states, the info button and text, their arrangement, size and symbols. */
final class ButtonOptions {

    private final OptionReader options;
    private final String version;

    private ButtonOptions(OptionReader options, String version) {
        this.options = options;
        this.version = version;
    }

    /** The buttons; {@code version} is what an empty {@code --infotext} shows. */
    static Buttons buttons(OptionReader options, String version) {
        return new ButtonOptions(options, version).buttons();
    }

    /** How the buttons are arranged and sized, and the symbols on them. */
    static ButtonLook look(OptionReader options) {
        ButtonOptions reading = new ButtonOptions(options, null);
        return new ButtonLook(
                options.keyword(BUTTONSTYLE, ButtonOptions::arrangement, "center, centre or stack")
                        .orElse(ButtonLook.Arrangement.DEFAULT),
                options.keyword(BUTTONSIZE, ControlSize::parse, "mini, small, regular or large")
                        .orElse(ControlSize.REGULAR),
                new ButtonSymbols(
                        reading.buttonSymbol(BUTTON1SYMBOL),
                        reading.buttonSymbol(BUTTON2SYMBOL),
                        reading.buttonSymbol(INFOBUTTONSYMBOL)));
    }

    private Buttons buttons() {
        String button1 = Buttons.DEFAULT_BUTTON1;
        Optional<String> button1Text = options.args().text(BUTTON1TEXT);
        if (button1Text.isPresent()) {
            boolean hide = button1Text.get().isEmpty() || button1Text.get().equals("none");
            button1 = hide ? null : button1Text.get();
        }
        String button2 = labelOrDefault(BUTTON2TEXT, BUTTON2, Buttons.DEFAULT_BUTTON2);
        String info = labelOrDefault(INFOBUTTONTEXT, INFOBUTTON, Buttons.DEFAULT_INFO_BUTTON);
        String action = options.nonBlank(INFOBUTTONACTION).orElse(null);
        if (info == null && (action != null || options.args().flag(QUITONINFO))) {
            options.warnings()
                    .add("--infobuttonaction and --quitoninfo do nothing without --infobutton or --infobuttontext");
        }
        String infoText = options.args()
                .text(INFOTEXT)
                .map(text -> text.isEmpty() ? "escrow-bootstrap " + version : text)
                .orElse(null);
        return new Buttons(
                button1,
                options.args().flag(BUTTON1DISABLED),
                button2,
                info,
                action,
                options.args().flag(QUITONINFO),
                infoText,
                options.args().flag(BUTTON2DISABLED));
    }

    private String labelOrDefault(DialogOption label, DialogOption flag, String fallback) {
        Optional<String> text = options.args().text(label);
        if (text.isPresent()) {
            return text.get().isEmpty() ? fallback : text.get();
        }
        return options.args().flag(flag) ? fallback : null;
    }

    private ButtonSymbol buttonSymbol(DialogOption option) {
        return options.nonBlank(option)
                .flatMap(spec -> ButtonSymbolSyntax.parse(option.display(), spec, options.warnings()))
                .orElse(null);
    }

    private static Optional<ButtonLook.Arrangement> arrangement(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "center", "centre" -> Optional.of(ButtonLook.Arrangement.CENTRE);
            case "stack" -> Optional.of(ButtonLook.Arrangement.STACK);
            default -> Optional.empty();
        };
    }
}
