package org.escrowbootstrap.ui;

import java.net.URI;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.IconSpec;

/**
 * The column left of the message: the icon, and the info box under it. In a narrow window it gives way, the icon
 * with it, so the message keeps its room.
 */
final class IconColumn extends JPanel {

    private static final long serialVersionUID = 1L;

    /**
     * How wide the column is and how big its icon, in a body {@code room} points wide.
     *
     * @param shown whether the screen has the column at all (an icon not centred, or an info box)
     * @param width the column's width
     * @param iconSide the icon's side, in the column or centred above the message
     * @param gap between the column and the message
     */
    record Sizing(boolean shown, int width, int iconSide, int gap) {

        static Sizing of(DialogSpec spec, int room) {
            IconSpec icon = spec.icon();
            boolean shown = icon.visible() && !icon.centred() || hasInfoBox(spec);
            int iconSide = icon.size();
            int width = hasInfoBox(spec) ? Math.max(150, iconSide) : iconSide;
            int baseGap = Look.size("columnGap", 23);
            int most = MiddleBand.mostForColumn(room);
            if (shown && width + baseGap + iconSide / 10 > most) {
                width = Math.max(40, (most - baseGap) * 10 / 11);
                iconSide = Math.min(iconSide, width);
            }
            return new Sizing(shown, width, iconSide, baseGap + iconSide / 10);
        }
    }

    private final JComponent infoBox;

    IconColumn(
            DialogSpec spec, Sizing sizing, ScreenImages images, ScreenText text, Consumer<URI> links, UiWords words) {
        super(new MigLayout("insets 0, gap 0, wrap 1, hidemode 3", "[" + sizing.width() + "!, left]", "[][grow, top]"));
        setName("iconColumn");
        setOpaque(false);
        IconSpec icon = spec.icon();
        boolean iconHere = icon.visible() && !icon.centred();
        if (iconHere) {
            add(iconView(icon, sizing.iconSide(), images, words));
        }
        if (hasInfoBox(spec)) {
            int gap = iconHere ? Look.size("infoBox.topGap", 11) : 0;
            infoBox = InfoBox.create(sizing.width(), text.infoBox(spec), links);
            infoBox.getAccessibleContext().setAccessibleName(words.get("name.information"));
            // never shorter than its text: a window too short for it scrolls the band instead
            add(infoBox, "gaptop " + gap + ", top, hmin pref");
        } else {
            infoBox = null;
        }
    }

    static boolean hasInfoBox(DialogSpec spec) {
        return spec.infoBox() != null && !spec.infoBox().isBlank();
    }

    /** The icon at {@code side} points, named in the screen's language unless the spec names it. */
    static IconView iconView(IconSpec icon, int side, ScreenImages images, UiWords words) {
        IconView view = new IconView(icon, side, images.icon, images.overlay);
        if (icon.altText().equals(IconSpec.defaults().altText())) {
            view.getAccessibleContext().setAccessibleName(words.get("name.icon"));
        }
        return view;
    }

    /** How much of the column (the info box at its foot) is cut off, or drawn smaller (the icon). */
    int missing() {
        return getPreferredSize().height - getHeight();
    }

    /** How much of the info box is cut off: the icon above it may paint smaller, the box's text may not shrink. */
    int infoBoxMissing() {
        return infoBox == null ? 0 : infoBox.getY() + infoBox.getPreferredSize().height - getHeight();
    }
}
