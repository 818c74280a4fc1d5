package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRootPane;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.CheckboxSpec;
import org.escrowbootstrap.model.CheckboxStyle;
import org.escrowbootstrap.model.Choices;
import org.escrowbootstrap.model.ControlSize;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TimerSpec;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DialogContentTest {

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    private static DialogContent laidOut(DialogSpec spec) {
        return GuiActionRunner.execute(() -> {
            Dimension size = new Dimension(spec.window().width(), spec.window().height());
            DialogContent content =
                    new DialogContent(spec, ScreenImages.now(spec, new ImageLoader(w -> {})), size, uri -> {});
            JRootPane root = new JRootPane();
            root.setContentPane(content);
            root.setSize(size);
            layout(root);
            layout(root);
            return content;
        });
    }

    private static void layout(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layout(child);
            }
        }
    }

    private static void collect(Component component, List<Component> into) {
        into.add(component);
        if (component instanceof JScrollPane scroll) {
            collect(scroll.getViewport().getView(), into); // the scroll bars and viewport are Swing's own
            return;
        }
        if (component instanceof Container container && !(component instanceof JTextComponent)) {
            for (Component child : container.getComponents()) {
                collect(child, into);
            }
        }
    }

    @Test
    void switches_showTheirIcons_andKeepTheRoomForOneWithout_checkBoxesShowNone() {
        Choices boxes = new Choices(
                List.of(),
                List.of(
                        new CheckboxSpec("Updates", null, true, false, ImageRef.parse("caution"), false),
                        CheckboxSpec.of("Plain")),
                new CheckboxStyle(true, ControlSize.REGULAR));
        DialogContent switches = laidOut(DialogSpec.builder().choices(boxes).build());
        List<Component> all = new ArrayList<>();
        collect(switches, all);
        assertThat(all).extracting(Component::getName).contains("checkbox.0.icon", "checkbox.1.icon");
        assertThat(all)
                .filteredOn(c -> "checkbox.0".equals(c.getName()))
                .singleElement()
                .isInstanceOf(SwitchBox.class);

        DialogContent plain = laidOut(DialogSpec.builder()
                .choices(new Choices(List.of(), boxes.checkboxes(), CheckboxStyle.defaults()))
                .build());
        List<Component> none = new ArrayList<>();
        collect(plain, none);
        assertThat(none).extracting(Component::getName).doesNotContain("checkbox.0.icon");
    }

    @Test
    void everyRegionAndControl_isNamed() {
        DialogSpec spec = ReadmeScreens.password().toBuilder()
                .subtitle("Sub")
                .bannerTitle(true)
                .field(new TextFieldSpec("PIN", null, true, false, null, null, null, null, true))
                .buttons(new Buttons("OK", false, "Cancel", "Help", null, false, null))
                .timer(new TimerSpec(30, false))
                .progress(ProgressSpec.busy("Working"))
                .build();
        List<Component> all = new ArrayList<>();
        collect(laidOut(spec), all);

        List<String> unnamed = all.stream()
                .filter(c -> c instanceof JPanel
                        || c instanceof JLabel
                        || c instanceof JButton
                        || c instanceof JTextComponent
                        || c instanceof JProgressBar
                        || c instanceof JSeparator)
                .filter(c -> !(c instanceof JScrollBar))
                .filter(c -> c.getName() == null)
                .map(c -> c.getClass().getName())
                .toList();
        assertThat(unnamed).isEmpty();
        assertThat(all.stream().map(Component::getName))
                .contains(
                        "dialogContent",
                        "banner",
                        "bannerTitle",
                        "bannerSubtitle",
                        "icon",
                        "infoBox",
                        "message",
                        "fields",
                        "label.0",
                        "field.0",
                        "field.1",
                        "field.1.confirm",
                        "requiredNote",
                        "problems",
                        "progress",
                        "progressText",
                        "timer",
                        "button1",
                        "button2",
                        "infoButton");
    }

    @Test
    void longMessage_scrolls_andShortOneDoesNot() {
        String longText = "Line of the message.\n".repeat(60);
        DialogContent crowded =
                laidOut(ReadmeScreens.message().toBuilder().message(longText).build());
        DialogContent roomy = laidOut(ReadmeScreens.message());
        assertThat(GuiActionRunner.execute(
                        () -> crowded.message().getVerticalScrollBar().isVisible()))
                .isTrue();
        assertThat(GuiActionRunner.execute(
                        () -> roomy.message().getVerticalScrollBar().isVisible()))
                .isFalse();
    }

    @Test
    void listThatFitsButForItsPadding_showsNoScrollBar_andALongerOneScrolls() {
        // A corpus script's four rows under a two-line message at the default size: every row is whole, only the
        // column's bottom padding and the last rule would not fit. Twelve rows do not fit at all.
        DialogSpec four = DialogSpec.builder()
                .title("Installing Applications")
                .message("Please wait while we download and install the following applications:")
                .progress(ProgressSpec.busy(null))
                .list(ListSpec.of(List.of(
                        ListItem.of("Google Chrome"),
                        ListItem.of("Audacity"),
                        ListItem.of("Firefox"),
                        ListItem.of("Inkscape"))))
                .build();
        List<ListItem> many = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(ListItem.of("App " + i));
        }
        DialogContent fits = laidOut(four);
        DialogContent scrolls = laidOut(four.toBuilder().list(ListSpec.of(many)).build());
        assertThat(GuiActionRunner.execute(
                        () -> fits.listPanel().getVerticalScrollBar().isVisible()))
                .isFalse();
        assertThat(GuiActionRunner.execute(
                        () -> scrolls.listPanel().getVerticalScrollBar().isVisible()))
                .isTrue();
    }

    @Test
    void hiddenIcon_leavesNoIconColumn_andCentredIconSitsAboveTheMessage() {
        DialogSpec hidden = DialogSpec.builder()
                .title("t")
                .message("m")
                .icon(new IconSpec(new ImageRef.Builtin("info"), ImageRef.none(), 150, true, false, null))
                .build();
        List<Component> all = new ArrayList<>();
        collect(laidOut(hidden), all);
        assertThat(all).noneMatch(c -> "icon".equals(c.getName()) || "iconColumn".equals(c.getName()));

        DialogSpec centred = hidden.toBuilder()
                .icon(new IconSpec(new ImageRef.Builtin("info"), ImageRef.none(), 80, false, true, null))
                .build();
        DialogContent content = laidOut(centred);
        List<Component> parts = new ArrayList<>();
        collect(content, parts);
        Component icon = parts.stream()
                .filter(c -> "icon".equals(c.getName()))
                .findFirst()
                .orElseThrow();
        assertThat(icon.getParent().getName()).isEqualTo("mainColumn");
        int iconBottom = GuiActionRunner.execute(() -> icon.getY() + icon.getHeight());
        int messageTop = GuiActionRunner.execute(() -> content.message().getY());
        assertThat(iconBottom).isLessThanOrEqualTo(messageTop);
    }

    @Test
    void progress_isAddedWhenAScreenWithoutOneIsUpdated() {
        DialogContent content = laidOut(ReadmeScreens.message());
        assertThat(content.progress()).isNull();
        GuiActionRunner.execute(() -> content.setProgress(new ProgressSpec(10, 5, "Half way")));
        assertThat(GuiActionRunner.execute(() -> content.progress().text())).isEqualTo("Half way");
        assertThat(GuiActionRunner.execute(() -> content.progress().bar().getValue()))
                .isEqualTo(ProgressPanel.SCALE / 2);
    }
}
