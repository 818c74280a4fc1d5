package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;

/**
 * swiftDialog's list: rows with an optional icon, a title and subtitle, and on the right a status text and icon, on a
 * rounded panel that scrolls when the rows do not fit.
 *
 * <p>Row sizes follow swiftDialog's: a row is the message's font size plus 14 points (15 more when expanded, 10 less
 * when compact, 28 more when any row has a subtitle). {@link #update} changes rows in place, so a script walking
 * twenty items through their statuses moves no other pixel.
 */
final class ListPanel extends JScrollPane {

    private final Rows rows = new Rows();
    private final ScreenImages images;
    private final float fontSize;
    private final List<ListRow> shown = new ArrayList<>();
    private final Set<Integer> selected = new TreeSet<>();
    private ListSpec list;

    ListPanel(DialogSpec spec, ScreenImages images) {
        this.images = images;
        this.fontSize = spec.messageStyle().size() != null ? spec.messageStyle().size() : Look.size("message.size", 20);
        setName("listItems");
        setViewportView(rows);
        setBorder(BorderFactory.createEmptyBorder());
        setViewportBorder(null);
        setOpaque(false);
        getViewport().setOpaque(false);
        setHorizontalScrollBarPolicy(HORIZONTAL_SCROLLBAR_NEVER);
        setVerticalScrollBarPolicy(VERTICAL_SCROLLBAR_AS_NEEDED);
        getVerticalScrollBar().setUnitIncrement(16);
        update(spec.list());
    }

    /** Shows {@code next}: rows change in place; rows are added or removed only when the count changed. */
    void update(ListSpec next) {
        ListSpec before = list;
        list = next;
        boolean restyle = before == null
                || before.style() != next.style()
                || hasSubtitle(before) != hasSubtitle(next)
                || hasIcon(before) != hasIcon(next);
        if (restyle || before.items().size() != next.items().size()) {
            rebuild();
            return;
        }
        for (int i = 0; i < shown.size(); i++) {
            ListItem old = before.items().get(i);
            ListItem now = next.items().get(i);
            if (!old.equals(now)) {
                shown.get(i).show(now);
                scrollToRow(i); // as swiftDialog, the row that changed comes into view
            }
        }
    }

    ListSpec shownList() {
        return list;
    }

    /** With {@code --enablelistselect}: each row's title and whether the user selected it, in order. */
    List<FieldValue> choices() {
        List<FieldValue> choices = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            choices.add(new FieldValue.Choice(list.items().get(i).title(), selected.contains(i)));
        }
        return choices;
    }

    /** Takes over the rows {@code previous} had selected, when a live update rebuilt the screen around the list. */
    void keepSelection(ListPanel previous) {
        for (int index : previous.selected) {
            if (index < shown.size() && !selected.contains(index)) {
                toggle(index);
            }
        }
    }

    private void toggle(int index) {
        if (!selected.remove(index)) {
            selected.add(index);
        }
        ListRow row = shown.get(index);
        row.getAccessibleContext().setAccessibleDescription(selected.contains(index) ? "selected" : null);
        row.repaint();
    }

    /** The row at {@code index}, for tests. */
    JComponent row(int index) {
        return shown.get(index);
    }

    private void rebuild() {
        rows.removeAll();
        shown.clear();
        selected.removeIf(index -> index >= list.items().size());
        int height = rowHeight();
        boolean icons = hasIcon(list);
        for (int i = 0; i < list.items().size(); i++) {
            int index = i;
            ListRow row = new ListRow(
                    i,
                    height,
                    icons,
                    hasSubtitle(list),
                    fontSize,
                    images,
                    selected::contains,
                    list.selectable() ? () -> toggle(index) : null);
            row.show(list.items().get(i));
            // at least the style's height; taller when a long title wraps in a narrow window
            rows.add(row, "growx, hmin " + height);
            shown.add(row);
        }
        rows.revalidate();
        rows.repaint();
    }

    private void scrollToRow(int index) {
        JComponent row = shown.get(index);
        if (rows.getHeight() > getViewport().getHeight()) {
            SwingUtilities.invokeLater(() -> rows.scrollRectToVisible(row.getBounds()));
        }
    }

    int rowHeight() {
        int height = Math.round(fontSize) + 14;
        height += switch (list.style()) {
            case EXPANDED -> 15;
            case COMPACT -> -10;
            case DEFAULT -> 0;
        };
        return hasSubtitle(list) ? height + 28 : height;
    }

    private static boolean hasSubtitle(ListSpec list) {
        return list.items().stream()
                .anyMatch(item -> item.subtitle() != null && !item.subtitle().isBlank());
    }

    private static boolean hasIcon(ListSpec list) {
        return list.items().stream().anyMatch(item -> !item.icon().isNone());
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(0, Math.min(2 * rowHeight() + 12, getPreferredSize().height));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Look.colour("list.background", Color.WHITE));
        g.fill(new RoundRectangle2D.Double(0, 0, getWidth(), getHeight(), 16, 16));
        g.dispose();
    }

    /** The column of rows; it follows the viewport's width. */
    private static final class Rows extends ColumnScrolling {
        Rows() {
            super(new MigLayout("insets 6 12 6 12, gap 0, wrap 1", "[grow, fill]"));
            setName("listRows");
            setOpaque(false);
        }

        /**
         * Scrolls only when a row would be cut: rows that fit but for the column's bottom padding and the last
         * row's rule are squeezed into the viewport rather than given a scroll bar they do not need.
         */
        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof JViewport viewport
                    && getPreferredSize().height - viewport.getHeight() <= SLACK;
        }

        /** The column's bottom inset and the last row's rule, in points. */
        private static final int SLACK = 8;
    }
}
