package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escrowbootstrap.model.DialogUpdate.ProgressOp;
import org.junit.jupiter.api.Test;

class DialogUpdateTest {

    private static final DialogSpec SPEC = DialogSpec.builder()
            .title("Start")
            .message("One")
            .progress(new ProgressSpec(10, 0, true, false, null))
            .list(ListSpec.of(List.of(ListItem.of("Rosetta"), ListItem.of("Teams"))))
            .buttons(Buttons.okCancel("OK", "Cancel").withButton1Disabled(true))
            .build();

    private static DialogSpec fold(DialogSpec spec, DialogUpdate... updates) {
        for (DialogUpdate update : updates) {
            spec = update.applyTo(spec);
        }
        return spec;
    }

    @Test
    void message_replaces_orAppendsAfterALineBreak() {
        assertThat(new DialogUpdate.Message("Two", false).applyTo(SPEC).message())
                .isEqualTo("Two");
        assertThat(new DialogUpdate.Message("Two", true).applyTo(SPEC).message())
                .isEqualTo("One  \nTwo");
    }

    @Test
    void progress_setsIncrementsCompletesAndResets_inDecimalSteps() {
        DialogSpec at = fold(SPEC, new DialogUpdate.Progress(ProgressOp.SET, 2.5));
        assertThat(at.progress().value()).isEqualTo(2.5);
        assertThat(at.progress().indeterminate()).isFalse();

        assertThat(new DialogUpdate.Progress(ProgressOp.INCREMENT, 1)
                        .applyTo(at)
                        .progress()
                        .value())
                .isEqualTo(3.5);
        assertThat(new DialogUpdate.Progress(ProgressOp.COMPLETE, 0)
                        .applyTo(at)
                        .progress()
                        .value())
                .isEqualTo(10.0);
        assertThat(new DialogUpdate.Progress(ProgressOp.SET, 0)
                        .applyTo(at)
                        .progress()
                        .indeterminate())
                .isTrue();
        assertThat(new DialogUpdate.Progress(ProgressOp.RESET, 0)
                        .applyTo(at)
                        .progress()
                        .indeterminate())
                .isTrue();
        assertThat(new DialogUpdate.Progress(ProgressOp.SET, 99)
                        .applyTo(at)
                        .progress()
                        .value())
                .isEqualTo(10.0);
    }

    @Test
    void progress_onADialogWithoutABar_isKeptHiddenUntilShown() {
        DialogSpec plain = DialogSpec.builder().build();

        DialogSpec set = new DialogUpdate.Progress(ProgressOp.SET, 40).applyTo(plain);
        assertThat(set.progress().hidden()).isTrue();
        assertThat(set.progress().value()).isEqualTo(40.0);
        assertThat(new DialogUpdate.Progress(ProgressOp.SHOW, 0)
                        .applyTo(set)
                        .progress()
                        .hidden())
                .isFalse();
    }

    @Test
    void buttons_enableDisableAndRelabel() {
        DialogSpec enabled = new DialogUpdate.ButtonEnabled(1, true).applyTo(SPEC);
        assertThat(enabled.buttons().button1Disabled()).isFalse();
        assertThat(new DialogUpdate.ButtonEnabled(2, false)
                        .applyTo(SPEC)
                        .buttons()
                        .button2Disabled())
                .isTrue();
        assertThat(new DialogUpdate.ButtonText(1, "Done")
                        .applyTo(SPEC)
                        .buttons()
                        .button1Text())
                .isEqualTo("Done");
        DialogSpec noButton2 = SPEC.toBuilder().buttons(Buttons.ok()).build();
        assertThat(new DialogUpdate.ButtonText(2, "Later")
                        .applyTo(noButton2)
                        .buttons()
                        .hasButton2())
                .isFalse();
    }

    @Test
    void listItem_oldForm_setsAStatus_orAStatusTextForAnythingElse() {
        DialogSpec done = new ListItemUpdate("Rosetta", "success", null).applyTo(SPEC);
        assertThat(done.list().items().get(0).status()).isEqualTo(ListItem.Status.SUCCESS);

        DialogSpec text = new ListItemUpdate("Rosetta", "Installing", null).applyTo(done);
        assertThat(text.list().items().get(0).status()).isEqualTo(ListItem.Status.NONE);
        assertThat(text.list().items().get(0).statusText()).isEqualTo("Installing");
    }

    @Test
    void listItem_newForm_updatesByIndexOrTitle_addsAndDeletes() {
        var byIndex = new ListItemUpdate.Change(
                1, null, "Chat", null, ListItem.Status.WAIT, null, "Busy", null, false, false);
        DialogSpec updated = new ListItemUpdate("index", "1", byIndex).applyTo(SPEC);
        assertThat(updated.list().items().get(1))
                .isEqualTo(ListItem.of("Teams")
                        .withSubtitle("Chat")
                        .withStatus(ListItem.Status.WAIT)
                        .withStatusText("Busy"));

        var add = new ListItemUpdate.Change(null, "Zoom", null, null, null, null, null, 30.0, false, true);
        DialogSpec added = new ListItemUpdate("add", "Zoom", add).applyTo(SPEC);
        assertThat(added.list().items()).hasSize(3);
        assertThat(added.list().items().get(2).status()).isEqualTo(ListItem.Status.PROGRESS);
        assertThat(added.list().items().get(2).progress()).isEqualTo(30.0);

        var delete = new ListItemUpdate.Change(null, "Rosetta", null, null, null, null, null, null, true, false);
        assertThat(new ListItemUpdate("title", "delete", delete)
                        .applyTo(SPEC)
                        .list()
                        .items())
                .containsExactly(ListItem.of("Teams"));
    }

    @Test
    void listItem_outOfRange_changesNothing_andSaysWhy() {
        var change =
                new ListItemUpdate.Change(7, null, null, null, ListItem.Status.FAIL, null, null, null, false, false);
        ListItemUpdate update = new ListItemUpdate("index", "fail", change);

        assertThat(update.applyTo(SPEC)).isEqualTo(SPEC);
        assertThat(update.problemWith(SPEC)).isEqualTo("listitem: index 7 is not a row (the list has 2)");
    }

    @Test
    void list_replaceShowsNewRows_andClearHidesThem() {
        DialogSpec replaced = new DialogUpdate.ListReplace(List.of("A", "B", "C")).applyTo(SPEC);
        assertThat(replaced.list().items()).extracting(ListItem::title).containsExactly("A", "B", "C");
        assertThat(replaced.list().visible()).isTrue();
        assertThat(new DialogUpdate.ListReplace(List.of()).applyTo(SPEC).list().visible())
                .isFalse();
        assertThat(new DialogUpdate.ListVisible(false).applyTo(SPEC).list().visible())
                .isFalse();
    }

    @Test
    void quitAndWindowActions_leaveTheScreenAsItIs() {
        assertThat(new DialogUpdate.Quit().applyTo(SPEC)).isSameAs(SPEC);
        assertThat(new DialogUpdate.WindowAction(DialogUpdate.WindowAction.Action.ACTIVATE).applyTo(SPEC))
                .isSameAs(SPEC);
    }

    @Test
    void iconAndSize_change() {
        DialogSpec centred = fold(SPEC, new DialogUpdate.IconCentred(true), new DialogUpdate.IconSize(90));
        assertThat(centred.icon().centred()).isTrue();
        assertThat(centred.icon().size()).isEqualTo(90);
        assertThat(new DialogUpdate.Icon(ImageRef.none()).applyTo(SPEC).icon().visible())
                .isFalse();
        DialogSpec wide = new DialogUpdate.Size(900, null).applyTo(SPEC);
        assertThat(wide.window().width()).isEqualTo(900);
        assertThat(wide.window().height()).isEqualTo(SPEC.window().height());
    }

    private static final ImageRef A = new ImageRef.FilePath("/tmp/a.png");
    private static final ImageRef B = new ImageRef.FilePath("/tmp/b.png");

    @Test
    void image_appendsASource_andShowsThePictures() {
        DialogSpec two = fold(
                SPEC,
                new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, A),
                new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, B));
        assertThat(two.images()).containsExactly(new Picture(A, null), new Picture(B, null));
        assertThat(two.shownImages()).isEqualTo(two.images());
        assertThat(two.message()).as("the message stays under the pictures").isEqualTo("One");
    }

    @Test
    void image_hideKeepsThePictures_showBringsThemBack_clearRemovesThem() {
        DialogSpec one = new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, A).applyTo(SPEC);
        DialogSpec hidden = new DialogUpdate.Image(DialogUpdate.ImageOp.HIDE, null).applyTo(one);
        assertThat(hidden.images()).hasSize(1);
        assertThat(hidden.shownImages()).isEmpty();
        assertThat(new DialogUpdate.Image(DialogUpdate.ImageOp.SHOW, null)
                        .applyTo(hidden)
                        .shownImages())
                .containsExactly(new Picture(A, null));
        assertThat(new DialogUpdate.Image(DialogUpdate.ImageOp.CLEAR, null)
                        .applyTo(one)
                        .images())
                .isEmpty();
    }

    @Test
    void message_hidesThePictures_asSwiftDialogsDoes_untilTheNextImage() {
        DialogSpec pictured = new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, A).applyTo(SPEC);
        DialogSpec message = new DialogUpdate.Message("Two", false).applyTo(pictured);
        assertThat(message.shownImages()).isEmpty();
        assertThat(new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, B)
                        .applyTo(message)
                        .shownImages())
                .containsExactly(new Picture(A, null), new Picture(B, null));
    }

    @Test
    void imageCaption_goesUnderTheFirstPicture_andTheOthersLoseTheirs() {
        DialogSpec two = SPEC.toBuilder()
                .images(List.of(new Picture(A, "old a"), new Picture(B, "old b")))
                .build();
        DialogSpec captioned = new DialogUpdate.ImageCaption("New").applyTo(two);
        assertThat(captioned.images()).containsExactly(new Picture(A, "New"), new Picture(B, null));
        assertThat(new DialogUpdate.ImageCaption("")
                        .applyTo(two)
                        .images()
                        .get(0)
                        .caption())
                .isNull();
    }

    @Test
    void imageCaption_withoutAPicture_changesNothing_andSaysWhy() {
        DialogUpdate caption = new DialogUpdate.ImageCaption("New");
        assertThat(caption.applyTo(SPEC)).isSameAs(SPEC);
        assertThat(caption.problemWith(SPEC)).isEqualTo("imagecaption: there is no image to put it under; ignored");
    }

    @Test
    void blurScreen_turnsTheBackdropOnAndOff_andKeepsTheRestOfTheWindow() {
        DialogSpec on = new DialogUpdate.BlurScreen(true).applyTo(SPEC);
        assertThat(on.window().blurScreen()).isTrue();
        assertThat(on.window().withBlurScreen(false)).isEqualTo(SPEC.window());
        assertThat(new DialogUpdate.BlurScreen(false).applyTo(on).window()).isEqualTo(SPEC.window());
    }

    @Test
    void sizeAndPosition_keepTheBackdropAndTheWindowButtons() {
        DialogSpec looks = SPEC.toBuilder()
                .window(SPEC.window().withBlurScreen(true).withButtons(WindowButtons.all()))
                .build();
        DialogSpec moved = fold(
                looks,
                new DialogUpdate.Size(900, 500),
                new DialogUpdate.Position(WindowPosition.of(WindowPosition.Keyword.TOPLEFT)));
        assertThat(moved.window().blurScreen()).isTrue();
        assertThat(moved.window().buttons()).isEqualTo(WindowButtons.all());
    }
}
