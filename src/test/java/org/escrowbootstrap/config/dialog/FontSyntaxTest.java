package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextStyle;
import org.junit.jupiter.api.Test;

class FontSyntaxTest {

    private final List<String> warnings = new ArrayList<>();

    private TextStyle title(String spec) {
        return FontSyntax.apply(FontSyntax.pairs(spec), TextStyle.defaults(), FontSyntax.Target.TITLE, warnings);
    }

    @Test
    void pairs_splitsOnCommasAndFirstEquals_trimmingSpaces() {
        assertThat(FontSyntax.pairs("size=24, colour = #00A4C7 ,name=A=B"))
                .containsExactly(Map.entry("size", "24"), Map.entry("colour", "#00A4C7"), Map.entry("name", "A=B"));
    }

    @Test
    void apply_readsEveryTitleKey() {
        TextStyle style =
                title("size=24,colour=#00A4C7,weight=light,name=Avenir Next,shadow=true,alignment=left,offset=10");

        assertThat(style)
                .isEqualTo(new TextStyle(
                        24f, FontWeight.LIGHT, Colour.rgb(0x00A4C7), "Avenir Next", true, Alignment.LEFT, 10));
        assertThat(warnings).isEmpty();
    }

    @Test
    void apply_acceptsColorSpelling() {
        assertThat(title("color=red").colour()).isEqualTo(Colour.parse("red").orElseThrow());
    }

    @Test
    void apply_keepsTheBaseForKeysNotGiven() {
        TextStyle base = TextStyle.defaults().withColour(Colour.rgb(0xFFFFFF));

        TextStyle style = FontSyntax.apply(Map.of("size", "30"), base, FontSyntax.Target.TITLE, warnings);

        assertThat(style.colour()).isEqualTo(Colour.rgb(0xFFFFFF));
        assertThat(style.size()).isEqualTo(30f);
    }

    @Test
    void apply_objectFormValues() {
        Map<String, String> object = new LinkedHashMap<>();
        object.put("size", "14");
        object.put("colour", "blue");
        object.put("name", "Helvetica");
        object.put("weight", "semibold");

        TextStyle style = FontSyntax.apply(object, TextStyle.defaults(), FontSyntax.Target.MESSAGE, warnings);

        assertThat(style.size()).isEqualTo(14f);
        assertThat(style.colour()).isEqualTo(Colour.parse("blue").orElseThrow());
        assertThat(style.fontName()).isEqualTo("Helvetica");
        assertThat(style.weight()).isEqualTo(FontWeight.SEMIBOLD);
    }

    @Test
    void apply_badValues_warnAndKeepTheDefault() {
        TextStyle style = title("size=big,colour=#12345,weight=fat,shadow=maybe,alignment=middle,offset=x");

        assertThat(style).isEqualTo(TextStyle.defaults());
        assertThat(warnings)
                .containsExactly(
                        "--titlefont: size \"big\" is not a size in points; default kept",
                        "--titlefont: unknown colour \"#12345\" (use #RRGGBB or a name such as red, blue or white);"
                                + " default kept",
                        "--titlefont: unknown weight \"fat\"; default kept",
                        "--titlefont: shadow \"maybe\" is not true or false; ignored",
                        "--titlefont: alignment \"middle\" is not left, centre or right; ignored",
                        "--titlefont: offset \"x\" is not a number of points; ignored");
    }

    @Test
    void apply_sizeOutOfRange_warns() {
        assertThat(title("size=0").size()).isNull();
        assertThat(title("size=-3").size()).isNull();
        assertThat(warnings).hasSize(2);
    }

    @Test
    void apply_unknownKey_warnsWithNearestKey() {
        title("sise=24");

        assertThat(warnings).containsExactly("--titlefont: unknown key \"sise\" (did you mean \"size\"?), ignored");
    }

    @Test
    void apply_messageFontKnowsNoShadowOrAlignment() {
        FontSyntax.apply(FontSyntax.pairs("shadow=true"), TextStyle.defaults(), FontSyntax.Target.MESSAGE, warnings);

        assertThat(warnings).singleElement().asString().startsWith("--messagefont: unknown key \"shadow\"");
    }
}
