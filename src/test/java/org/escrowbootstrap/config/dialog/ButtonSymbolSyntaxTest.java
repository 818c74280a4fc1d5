package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.ButtonSymbol;
import org.escrowbootstrap.model.ButtonSymbols;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;

class ButtonSymbolSyntaxTest {

    private final List<String> warnings = new ArrayList<>();

    private ButtonSymbol parse(String spec) {
        return ButtonSymbolSyntax.parse("--button1symbol", spec, warnings).orElseThrow();
    }

    @Test
    void corpusSpelling_positionAsAKey_andAHexColour() {
        ButtonSymbol symbol = parse("checkmark.circle.fill,position=leading,color=#34C759");

        assertThat(symbol)
                .isEqualTo(new ButtonSymbol(
                        "checkmark.circle.fill", ButtonSymbol.Position.LEADING, 16, Colour.rgb(0x34C759), null));
        assertThat(warnings).isEmpty();
    }

    @Test
    void bareWords_inAnyOrder_setPositionAndSize_renderingModesAreAccepted() {
        ButtonSymbol symbol = parse("xmark.circle, Size=20 ,hierarchical,TOP");

        assertThat(symbol.position()).isEqualTo(ButtonSymbol.Position.TOP);
        assertThat(symbol.size()).isEqualTo(20);
        assertThat(symbol.colour()).isNull(); // the label's colour
        assertThat(warnings).isEmpty();
    }

    @Test
    void palette_givesBothLayersTheirColours() {
        ButtonSymbol symbol = parse("checkmark.circle.fill,palette=white-#FF0000");

        assertThat(symbol.colour()).isEqualTo(Colour.rgb(0xFFFFFF));
        assertThat(symbol.colour2()).isEqualTo(Colour.rgb(0xFF0000));
    }

    @Test
    void badParts_warnOneLineEach_andKeepTheDefaults() {
        ButtonSymbol symbol = parse("arrow.right,size=huge,color=notacolour,sideways");

        assertThat(symbol).isEqualTo(new ButtonSymbol("arrow.right", ButtonSymbol.Position.LEADING, 16, null, null));
        assertThat(warnings)
                .containsExactly(
                        "--button1symbol: size \"huge\" is not a size in points; 16 is used",
                        "--button1symbol: \"notacolour\" is not a colour; the label's colour is used",
                        "--button1symbol: \"sideways\" is not a position, rendering mode, size, colour or palette;"
                                + " ignored");
    }

    @Test
    void aNameWeDoNotDraw_warnsAndStillGivesTheButtonASymbol() {
        ButtonSymbol symbol = parse("hand.tap");

        assertThat(symbol.name()).isEqualTo("hand.tap");
        assertThat(warnings).singleElement().asString().contains("hand.tap is not one escrow-bootstrap draws");
    }

    @Test
    void noName_givesNoSymbol() {
        assertThat(ButtonSymbolSyntax.parse("--button2symbol", ",top", warnings))
                .isEmpty();
        assertThat(warnings).containsExactly("--button2symbol \",top\" names no SF Symbol; the button has none");
    }

    @Test
    void optionsAndJsonKeys_reachTheButtonLook() {
        TemplateVariables none = TemplateVariables.of(Map.of());
        DialogRequest cli = DialogSpecReader.read(
                List.of(
                        "--button1symbol",
                        "arrow.right,trailing",
                        "--button2symbol",
                        "xmark",
                        "--infobuttonsymbol",
                        "info.circle"),
                none);
        DialogRequest json = DialogSpecReader.read(
                List.of(
                        "--jsonstring",
                        "{\"button1symbol\": \"arrow.right,trailing\", \"button2symbol\": \"xmark\","
                                + " \"infobuttonsymbol\": \"info.circle\"}"),
                none);

        ButtonSymbols expected = new ButtonSymbols(
                new ButtonSymbol("arrow.right", ButtonSymbol.Position.TRAILING, 16, null, null),
                new ButtonSymbol("xmark", ButtonSymbol.Position.LEADING, 16, null, null),
                new ButtonSymbol("info.circle", ButtonSymbol.Position.LEADING, 16, null, null));
        assertThat(cli.spec().buttonLook().symbols()).isEqualTo(expected);
        assertThat(json.spec().buttonLook().symbols()).isEqualTo(expected);
        assertThat(cli.warnings()).isEmpty();
        assertThat(json.warnings()).isEmpty();
    }
}
