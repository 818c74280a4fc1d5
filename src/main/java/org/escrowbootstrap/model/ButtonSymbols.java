package org.escrowbootstrap.model;

/**
 * The SF Symbols on the buttons, each null when that button has none.
 *
 * @param button1 on button 1 ({@code --button1symbol})
 * @param button2 on button 2 ({@code --button2symbol})
 * @param infoButton on the info button ({@code --infobuttonsymbol})
 */
public record ButtonSymbols(ButtonSymbol button1, ButtonSymbol button2, ButtonSymbol infoButton) {

    public static ButtonSymbols none() {
        return new ButtonSymbols(null, null, null);
    }
}
