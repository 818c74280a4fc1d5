package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogUpdate;
import org.escrowbootstrap.model.DialogUpdate.ProgressOp;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListItemUpdate;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.WindowPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandFileSyntaxTest {

    private static final TemplateVariables VARIABLES =
            name -> Optional.ofNullable(Map.of("username", "alice").get(name));
    private final CommandFileSyntax syntax = CommandFileSyntax.create(VARIABLES);

    @TempDir
    Path dir;

    private DialogUpdate update(String line) {
        CommandFileSyntax.Parsed parsed = syntax.parse(line);
        assertThat(parsed.warnings()).as("warnings for " + line).isEmpty();
        return parsed.update().orElseThrow();
    }

    private List<String> warnings(String line) {
        CommandFileSyntax.Parsed parsed = syntax.parse(line);
        assertThat(parsed.update()).as("update for " + line).isEmpty();
        return parsed.warnings();
    }

    @Test
    void text_commands_getTemplatesAndLineBreaks() {
        assertThat(update("title: Hello {username}")).isEqualTo(new DialogUpdate.Title("Hello alice"));
        assertThat(update("message: one\\ntwo")).isEqualTo(new DialogUpdate.Message("one\ntwo", false));
        assertThat(update("message: + more")).isEqualTo(new DialogUpdate.Message("more", true));
        assertThat(update("progresstext: Installing Teams"))
                .isEqualTo(new DialogUpdate.ProgressText("Installing Teams"));
        assertThat(update("alignment: centre")).isEqualTo(new DialogUpdate.MessageAlignment(Alignment.CENTRE));
    }

    @Test
    void helpmessage_setsTheHelp_andAnEmptyOneRemovesIt() {
        DialogUpdate help = update("helpmessage: Call **{username}**\\nor IT");
        assertThat(help).isEqualTo(new DialogUpdate.HelpMessage("Call **alice**\nor IT"));
        DialogSpec spec = help.applyTo(DialogSpec.builder().build());
        assertThat(spec.help().message()).isEqualTo("Call **alice**\nor IT");
        assertThat(update("helpmessage:").applyTo(spec).help().present()).isFalse();
    }

    @Test
    void commandWord_isCaseInsensitive_andTheArgumentTrimmed() {
        assertThat(update("PROGRESS: 40 ")).isEqualTo(new DialogUpdate.Progress(ProgressOp.SET, 40));
        // swiftDialog reads "disable " (trailing space) as enable; the script meant disable
        assertThat(update("button1: disable ")).isEqualTo(new DialogUpdate.ButtonEnabled(1, false));
    }

    @Test
    void progress_everyForm() {
        assertThat(update("progress: 33.3")).isEqualTo(new DialogUpdate.Progress(ProgressOp.SET, 33.3));
        assertThat(update("progress: increment")).isEqualTo(new DialogUpdate.Progress(ProgressOp.INCREMENT, 1));
        assertThat(update("progress: increment 5")).isEqualTo(new DialogUpdate.Progress(ProgressOp.INCREMENT, 5));
        assertThat(update("progress: reset")).isEqualTo(new DialogUpdate.Progress(ProgressOp.RESET, 0));
        assertThat(update("progress: indeterminate")).isEqualTo(new DialogUpdate.Progress(ProgressOp.RESET, 0));
        assertThat(update("progress: complete")).isEqualTo(new DialogUpdate.Progress(ProgressOp.COMPLETE, 0));
        assertThat(update("progress: hide")).isEqualTo(new DialogUpdate.Progress(ProgressOp.HIDE, 0));
        assertThat(update("progress: show")).isEqualTo(new DialogUpdate.Progress(ProgressOp.SHOW, 0));
    }

    @Test
    void buttons_anythingButDisableOrHideEnables() {
        assertThat(update("button1: enable")).isEqualTo(new DialogUpdate.ButtonEnabled(1, true));
        assertThat(update("button2: hide")).isEqualTo(new DialogUpdate.ButtonEnabled(2, false));
        assertThat(update("button2: whatever")).isEqualTo(new DialogUpdate.ButtonEnabled(2, true));
        assertThat(update("button1text: Done")).isEqualTo(new DialogUpdate.ButtonText(1, "Done"));
    }

    @Test
    void icon_sourcesPlacesAndSize() {
        assertThat(update("icon: none")).isEqualTo(new DialogUpdate.Icon(ImageRef.none()));
        assertThat(update("icon: centre")).isEqualTo(new DialogUpdate.IconCentred(true));
        assertThat(update("icon: left")).isEqualTo(new DialogUpdate.IconCentred(false));
        assertThat(update("icon: size: 90")).isEqualTo(new DialogUpdate.IconSize(90));
        assertThat(update("iconalpha: 0.5")).isEqualTo(new DialogUpdate.IconAlpha(0.5));
        assertThat(warnings("iconalpha: 2")).hasSize(1);
        assertThat(update("icon: /tmp/logo.png"))
                .isEqualTo(new DialogUpdate.Icon(new ImageRef.FilePath("/tmp/logo.png")));
    }

    @Test
    void bannerText_enableDisableShadowOrATitle() {
        assertThat(update("bannertext: enable")).isEqualTo(new DialogUpdate.BannerTitle(true, null, false));
        assertThat(update("bannertext: disable")).isEqualTo(new DialogUpdate.BannerTitle(false, null, false));
        assertThat(update("bannertext: shadow")).isEqualTo(new DialogUpdate.BannerTitle(null, null, true));
        assertThat(update("bannertext: Welcome")).isEqualTo(new DialogUpdate.BannerTitle(true, "Welcome", false));
    }

    @Test
    void image_showHideClearOrASourceToAdd() {
        assertThat(update("image: show")).isEqualTo(new DialogUpdate.Image(DialogUpdate.ImageOp.SHOW, null));
        assertThat(update("image: Hide")).isEqualTo(new DialogUpdate.Image(DialogUpdate.ImageOp.HIDE, null));
        assertThat(update("image: clear")).isEqualTo(new DialogUpdate.Image(DialogUpdate.ImageOp.CLEAR, null));
        assertThat(update("image: /tmp/{username}.png"))
                .isEqualTo(new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, new ImageRef.FilePath("/tmp/alice.png")));
        assertThat(update("image: caution"))
                .isEqualTo(new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, ImageRef.parse("caution")));
        assertThat(warnings("image:")).containsExactly("image: needs a source, or show, hide or clear; ignored");
    }

    @Test
    void imageCaption_isTheTextAsWritten() {
        assertThat(update("imagecaption: Step 1 for {username}"))
                .isEqualTo(new DialogUpdate.ImageCaption("Step 1 for alice"));
        assertThat(update("imagecaption:")).isEqualTo(new DialogUpdate.ImageCaption(""));
    }

    @Test
    void blurScreen_enableTurnsItOn_anythingElseOff() {
        assertThat(update("blurscreen: enable")).isEqualTo(new DialogUpdate.BlurScreen(true));
        assertThat(update("blurscreen: disable")).isEqualTo(new DialogUpdate.BlurScreen(false));
        assertThat(update("blurscreen: no")).isEqualTo(new DialogUpdate.BlurScreen(false));
    }

    @Test
    void list_andWindowCommands() {
        assertThat(update("list: A, B,C")).isEqualTo(new DialogUpdate.ListReplace(List.of("A", "B", "C")));
        assertThat(update("list: clear")).isEqualTo(new DialogUpdate.ListReplace(List.of()));
        assertThat(update("list: hide")).isEqualTo(new DialogUpdate.ListVisible(false));
        assertThat(update("width: 900")).isEqualTo(new DialogUpdate.Size(900, null));
        assertThat(update("position: topright"))
                .isEqualTo(new DialogUpdate.Position(WindowPosition.of(WindowPosition.Keyword.TOPRIGHT)));
        assertThat(update("quit:")).isEqualTo(new DialogUpdate.Quit());
        assertThat(update("activate:"))
                .isEqualTo(new DialogUpdate.WindowAction(DialogUpdate.WindowAction.Action.ACTIVATE));
    }

    @Test
    void listItem_newForm_readsEveryKey() {
        ListItemUpdate update = (ListItemUpdate)
                update("listitem: index: 2, subtitle: Chat, status: progress, progress: 45, statustext: 45 %");

        assertThat(update.change())
                .isEqualTo(new ListItemUpdate.Change(
                        2, null, "Chat", null, ListItem.Status.PROGRESS, null, "45 %", 45.0, false, false));
    }

    @Test
    void listItem_oldForm_keepsTitleAndValue() {
        ListItemUpdate update = (ListItemUpdate) update("listitem: Microsoft Teams: success");

        assertThat(update.oldTitle()).isEqualTo("Microsoft Teams");
        assertThat(update.oldValue()).isEqualTo("success");
    }

    @Test
    void listItem_customStatus_isASymbolWithItsColour() {
        ListItemUpdate update = (ListItemUpdate) update("listitem: title: A, status: star.fill-orange");

        assertThat(update.change().status()).isEqualTo(ListItem.Status.CUSTOM);
        assertThat(update.change().customStatus()).isInstanceOf(ImageRef.Symbol.class);
    }

    @Test
    void listItem_keyWithoutValue_warnsInsteadOfCrashing_andKeepsTheRest() {
        CommandFileSyntax.Parsed parsed = syntax.parse("listitem: title: A, status:, statustext: ok");

        assertThat(parsed.warnings()).containsExactly("listitem: \"status\" has no value; ignored");
        ListItemUpdate update = (ListItemUpdate) parsed.update().orElseThrow();
        assertThat(update.change().statusText()).isEqualTo("ok");
    }

    @Test
    void message_fromAnMdFile() throws Exception {
        Path md = Files.writeString(dir.resolve("step.md"), "# Step {username}");

        assertThat(update("message: " + md)).isEqualTo(new DialogUpdate.Message("# Step alice", false));
    }

    @Test
    void badInput_isOneWarningEach_andNoUpdate() {
        assertThat(warnings("bogus: 1")).containsExactly("command file: unknown command \"bogus:\"; ignored");
        assertThat(warnings("progress:40")).hasSize(1).first().asString().contains("ends with a colon and a space");
        assertThat(warnings("progress: forty"))
                .containsExactly("progress: \"forty\" is not a number or a progress keyword; ignored");
        assertThat(warnings("alignment: sideways")).hasSize(1);
        assertThat(warnings("width: wide")).hasSize(1);
        assertThat(warnings("dockiconbadge: 3"))
                .containsExactly("command file: dockiconbadge: is not supported here; ignored");
        assertThat(warnings("message: " + "x".repeat(CommandFileSyntax.MAX_LINE_CHARS)))
                .hasSize(1);
    }

    @Test
    void blankLine_isNothing_withoutAWarning() {
        assertThat(syntax.parse("   ")).isEqualTo(new CommandFileSyntax.Parsed(Optional.empty(), List.of()));
    }
}
