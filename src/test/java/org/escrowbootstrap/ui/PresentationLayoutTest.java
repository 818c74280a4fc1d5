package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JRootPane;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.Picture;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** swiftDialog's presentation layout, laid out without a window: which part goes where. */
class PresentationLayoutTest {

    private static final DialogSpec SPEC = DialogSpec.builder()
            .window(WindowSpec.defaults().withAppearance(WindowSpec.Appearance.LIGHT))
            .presentation(true)
            .title("Not drawn")
            .message("Installing your apps")
            .infoBox("**Your Mac**")
            .icon(IconSpec.of(new ImageRef.Builtin("caution"), ImageRef.none()))
            .progress(ProgressSpec.busy("Starting"))
            .build();

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    /** The screen laid out at its size, and where each named part sits in it. */
    private record Laid(DialogContent content, List<Component> parts) {
        Optional<Rectangle> where(String name) {
            return GuiActionRunner.execute(() -> parts.stream()
                    .filter(c -> name.equals(c.getName()) && c.isVisible())
                    .findFirst()
                    .map(c -> SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), content)));
        }

        boolean inside(String part, String container) {
            return GuiActionRunner.execute(() -> parts.stream()
                    .filter(c -> part.equals(c.getName()))
                    .anyMatch(c -> SwingUtilities.getAncestorNamed(container, c) != null));
        }
    }

    private static Laid laidOut(DialogSpec spec) {
        return GuiActionRunner.execute(() -> {
            Dimension size = new Dimension(spec.window().width(), spec.window().height());
            DialogContent content =
                    new DialogContent(spec, ScreenImages.now(spec, new ImageLoader(w -> {})), size, uri -> {});
            JRootPane root = new JRootPane();
            root.setContentPane(content);
            root.setSize(size);
            layout(root);
            layout(root);
            List<Component> parts = new ArrayList<>();
            collect(content, parts);
            return new Laid(content, parts);
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
            collect(scroll.getViewport().getView(), into);
            return;
        }
        if (component instanceof Container container && !(component instanceof JTextComponent)) {
            for (Component child : container.getComponents()) {
                collect(child, into);
            }
        }
    }

    @Test
    void theSidePanel_takesTheLeftThird_withTheIconAndTheInfoBox_theMessageTheRest_andNoTitle() {
        Laid laid = laidOut(SPEC);
        Rectangle side = laid.where("presentation.side").orElseThrow();
        assertThat(side.x).isZero();
        assertThat(side.width).isEqualTo((int) Math.round(820 * PresentationLayout.SIDE_SHARE));
        assertThat(laid.inside("icon", "presentation.side")).isTrue();
        assertThat(laid.inside("infoBox", "presentation.side")).isTrue();
        Rectangle message = laid.where("message").orElseThrow();
        assertThat(message.x).isGreaterThan(side.x + side.width);
        assertThat(laid.where("titleArea")).isEmpty();
    }

    @Test
    void theProgressBarAndTheButtons_runAcrossTheFoot_underTheSidePanel() {
        Laid laid = laidOut(SPEC);
        Rectangle side = laid.where("presentation.side").orElseThrow();
        Rectangle bar = laid.where("progress").orElseThrow();
        Rectangle buttons = laid.where("buttonBar").orElseThrow();
        assertThat(bar.y).isGreaterThanOrEqualTo(side.y + side.height);
        assertThat(bar.width).isGreaterThan(700);
        assertThat(buttons.y).isGreaterThan(bar.y);
        assertThat(buttons.y + buttons.height).isLessThanOrEqualTo(380);
    }

    @Test
    void theDefaultIcon_isNotDrawn_onlyOneNamedByTheScript() {
        Laid laid = laidOut(SPEC.toBuilder().icon(IconSpec.defaults()).build());
        assertThat(laid.where("presentation.side")).isPresent();
        assertThat(laid.where("icon")).isEmpty();
    }

    @Test
    void aList_takesThePlaceOfTheMessage() {
        Laid laid = laidOut(SPEC.toBuilder()
                .list(ListSpec.of(List.of(ListItem.of("Teams"))))
                .build());
        assertThat(laid.content().listPanel()).isNotNull();
        assertThat(laid.content().message()).isNull();
        assertThat(laid.where("message")).isEmpty();
    }

    @Test
    void aPicture_fillsTheLeftThird_inPlaceOfThePanel() {
        Laid laid = laidOut(SPEC.toBuilder()
                .images(List.of(new Picture(ImageRef.parse("caution"), "not drawn")))
                .build());
        Rectangle picture = laid.where("presentation.picture").orElseThrow();
        assertThat(picture.x).isZero();
        assertThat(picture.width).isEqualTo((int) Math.round(820 * PresentationLayout.SIDE_SHARE));
        assertThat(laid.where("presentation.side")).isEmpty();
        assertThat(laid.where("image.caption")).isEmpty();
    }

    @Test
    void aSymbolWithoutAColour_isWhiteOnTheAccentPanel_asItsInfoBox() {
        DialogSpec spec = SPEC.toBuilder()
                .icon(IconSpec.of(ImageRef.parse("SF=gearshape.fill"), ImageRef.none()))
                .build();
        Rectangle icon = laidOut(spec).where("icon").orElseThrow();
        java.awt.image.BufferedImage image = DialogRenderer.render(spec, 1, w -> {});
        int white = 0;
        int dark = 0;
        for (int y = icon.y; y < icon.y + icon.height; y++) {
            for (int x = icon.x; x < icon.x + icon.width; x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                if (c.getRed() > 240 && c.getGreen() > 240 && c.getBlue() > 240) {
                    white++;
                } else if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    dark++;
                }
            }
        }
        assertThat(white).as("the gear in white").isGreaterThan(1_000);
        assertThat(dark).as("nothing in the dark text colour").isZero();
    }

    @Test
    void aBackgroundColour_paintsThePanel_andALightOne_turnsTheSymbolBlack() {
        DialogSpec spec = SPEC.toBuilder()
                .icon(IconSpec.of(ImageRef.parse("SF=gearshape.fill"), ImageRef.none()))
                .watermark(new org.escrowbootstrap.model.Watermark(ImageRef.parse("colour=#FFE08A"), 0.5, null, null))
                .build();
        Rectangle side = laidOut(spec).where("presentation.side").orElseThrow();
        java.awt.image.BufferedImage image = DialogRenderer.render(spec, 1, w -> {});
        java.awt.Color panel = new java.awt.Color(image.getRGB(side.x + side.width - 3, side.y + side.height / 2));
        assertThat(panel.getRed()).isGreaterThan(200);
        assertThat(panel.getBlue()).isLessThan(170);
        assertThat(PresentationLayout.panelInk(spec)).isEqualTo(org.escrowbootstrap.model.Colour.rgb(0x000000));
    }
}
