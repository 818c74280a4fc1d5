package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * swiftDialog's list of items under the message ({@code --listitem}, {@code --liststyle}, {@code --enablelistselect}).
 *
 * @param items the rows, in order
 * @param hidden the list is kept but not drawn ({@code list: hide})
 * @param style row height ({@code --liststyle})
 * @param selectable the user can select rows ({@code --enablelistselect}); the output reports which
 */
public record ListSpec(List<ListItem> items, boolean hidden, Style style, boolean selectable) {

    /** swiftDialog's {@code --liststyle}: rows 15 points taller, or 10 shorter, than the default. */
    public enum Style {
        DEFAULT,
        EXPANDED,
        COMPACT
    }

    public ListSpec {
        items = items == null ? List.of() : List.copyOf(items);
        style = style == null ? Style.DEFAULT : style;
    }

    public static ListSpec none() {
        return new ListSpec(List.of(), false, Style.DEFAULT, false);
    }

    public static ListSpec of(List<ListItem> items) {
        return new ListSpec(items, false, Style.DEFAULT, false);
    }

    /** Whether the list takes room on screen. */
    public boolean visible() {
        return !hidden && !items.isEmpty();
    }

    public ListSpec withItems(List<ListItem> value) {
        return new ListSpec(value, hidden, style, selectable);
    }

    public ListSpec withHidden(boolean value) {
        return new ListSpec(items, value, style, selectable);
    }

    public ListSpec withStyle(Style value) {
        return new ListSpec(items, hidden, value, selectable);
    }

    public ListSpec withSelectable(boolean value) {
        return new ListSpec(items, hidden, style, value);
    }

    /** The index of the first row titled {@code title}, or -1: swiftDialog finds rows by title, the first wins. */
    public int indexOf(String title) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).title().equals(title)) {
                return i;
            }
        }
        return -1;
    }

    /** This list with row {@code index} changed by {@code change}. */
    public ListSpec changed(int index, UnaryOperator<ListItem> change) {
        List<ListItem> rows = new ArrayList<>(items);
        rows.set(index, change.apply(rows.get(index)));
        return withItems(rows);
    }

    public ListSpec without(int index) {
        List<ListItem> rows = new ArrayList<>(items);
        rows.remove(index);
        return withItems(rows);
    }

    public ListSpec plus(ListItem item) {
        List<ListItem> rows = new ArrayList<>(items);
        rows.add(item);
        return withItems(rows);
    }
}
