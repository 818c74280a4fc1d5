package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.escrowbootstrap.config.dialog.DialogArguments.Fields;
import org.escrowbootstrap.config.dialog.DialogArguments.Flag;
import org.escrowbootstrap.config.dialog.DialogArguments.Pairs;
import org.escrowbootstrap.config.dialog.DialogArguments.Removed;
import org.escrowbootstrap.config.dialog.DialogArguments.Text;
import org.escrowbootstrap.model.TextFieldSpec;
import org.junit.jupiter.api.Test;

class DialogArgumentsTest {

    @Test
    void overlaidWith_jsonWinsPerOption_andCommandLineOnlyOptionsStay() {
        DialogArguments cli = new DialogArguments();
        cli.put(DialogOption.TITLE, new Text("CLI title"));
        cli.put(DialogOption.MESSAGE, new Text("CLI message"));
        cli.put(DialogOption.SMALL, new Flag(true));
        DialogArguments json = new DialogArguments();
        json.put(DialogOption.TITLE, new Text("JSON title"));
        json.put(DialogOption.SMALL, new Flag(false));

        DialogArguments merged = cli.overlaidWith(json);

        assertThat(merged.text(DialogOption.TITLE)).contains("JSON title");
        assertThat(merged.text(DialogOption.MESSAGE)).contains("CLI message");
        assertThat(merged.flag(DialogOption.SMALL)).isFalse();
    }

    @Test
    void overlaidWith_removedTakesTheCommandLineValueAway() {
        DialogArguments cli = new DialogArguments();
        cli.put(DialogOption.TIMER, new Text("30"));
        DialogArguments json = new DialogArguments();
        json.put(DialogOption.TIMER, new Removed());

        assertThat(cli.overlaidWith(json).has(DialogOption.TIMER)).isFalse();
    }

    @Test
    void mapTexts_changesTextsButNotJsonStructuresOrProgramOptions() {
        DialogArguments args = new DialogArguments();
        args.put(DialogOption.TITLE, new Text("{x}"));
        args.add(DialogOption.TEXTFIELD, "{x}");
        args.put(DialogOption.TITLEFONT, new Pairs(Map.of("name", "{x}")));
        args.put(DialogOption.SCREENSHOT, new Text("{x}.png"));
        args.put(DialogOption.ICON, new Fields(List.of(TextFieldSpec.plain("{x}"))));

        DialogArguments mapped = args.mapTexts(text -> text.replace("{x}", "X"));

        assertThat(mapped.text(DialogOption.TITLE)).contains("X");
        assertThat(mapped.texts(DialogOption.TEXTFIELD)).containsExactly("X");
        assertThat(mapped.get(DialogOption.TITLEFONT)).contains(new Pairs(Map.of("name", "{x}")));
        assertThat(mapped.text(DialogOption.SCREENSHOT)).contains("{x}.png");
        assertThat(mapped.get(DialogOption.ICON)).contains(new Fields(List.of(TextFieldSpec.plain("{x}"))));
    }

    @Test
    void text_ofARepeatableOption_isItsFirstValue() {
        DialogArguments args = new DialogArguments();
        args.add(DialogOption.ICON, "a");
        args.add(DialogOption.ICON, "b");

        assertThat(args.text(DialogOption.ICON)).contains("a");
        assertThat(args.texts(DialogOption.ICON)).containsExactly("a", "b");
    }

    @Test
    void has_isFalseForAFlagSwitchedOff() {
        DialogArguments args = new DialogArguments();
        args.put(DialogOption.SMALL, new Flag(false));

        assertThat(args.has(DialogOption.SMALL)).isFalse();
        assertThat(args.get(DialogOption.SMALL)).isPresent();
    }

    @Test
    void toString_namesOptionsButNoValues() {
        DialogArguments args = new DialogArguments();
        args.put(DialogOption.TITLE, new Text("s3cret"));

        assertThat(args.toString()).contains("TITLE").doesNotContain("s3cret");
    }
}
