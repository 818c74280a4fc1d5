package org.escrowbootstrap.model;

/**
 * A {@code listitem:} line of the command file, in either of swiftDialog's forms.
 *
 * <p>The old form {@code listitem: <title>: <status or text>} wins when its title names a row; otherwise the line is
 * read in the new form, {@code key: value} pairs separated by commas. Which form applies depends on the rows at that
 * moment, so the line carries both readings and the fold decides, as swiftDialog does.
 *
 * @param oldTitle the old form's title (the text before the first {@code ": "}), or null when the line has none
 * @param oldValue the old form's value (the text after the last {@code ": "})
 * @param change the new form's reading
 */
public record ListItemUpdate(String oldTitle, String oldValue, Change change) implements DialogUpdate {

    /**
     * The new form: which row (by {@code index} or {@code title}) and what to change; null parts stay as they are.
     *
     * @param index the row's 0-based index, or null
     * @param title the row's title (a new row's title with {@code add}), or null
     * @param subtitle the new subtitle, or null
     * @param icon the new icon, or null
     * @param status the new status, or null
     * @param customStatus the symbol of a {@link ListItem.Status#CUSTOM} status
     * @param statusText the new status text, or null
     * @param progress a progress ring's percentage (implies the progress status), or null
     * @param delete remove the row
     * @param add append a row, even when one with that title exists
     */
    public record Change(
            Integer index,
            String title,
            String subtitle,
            ImageRef icon,
            ListItem.Status status,
            ImageRef customStatus,
            String statusText,
            Double progress,
            boolean delete,
            boolean add) {}

    @Override
    public DialogSpec applyTo(DialogSpec spec) {
        ListSpec list = spec.list();
        if (oldTitle != null && list.indexOf(oldTitle) >= 0) {
            int row = list.indexOf(oldTitle);
            ListSpec next = list.changed(row, item -> ListItem.Status.named(oldValue)
                    .map(status -> item.withStatus(status).withStatusText(null))
                    .orElseGet(() -> item.withStatus(ListItem.Status.NONE).withStatusText(oldValue)));
            return spec.toBuilder().list(next).build();
        }
        if (change == null) {
            return spec;
        }
        String title = title(list);
        int row = title == null ? -1 : list.indexOf(title);
        ListSpec next = list;
        if (row >= 0) {
            next = change.delete() ? list.without(row) : list.changed(row, this::changed);
        }
        if (change.add()) {
            next = next.plus(changed(ListItem.of(title == null ? "" : title)));
        }
        // An update or a new row shows a list that was hidden only because it was empty; list: hide stays hidden.
        return next == list ? spec : spec.toBuilder().list(next).build();
    }

    @Override
    public String problemWith(DialogSpec spec) {
        if (change == null || (oldTitle != null && spec.list().indexOf(oldTitle) >= 0)) {
            return null;
        }
        if (change.index() != null
                && (change.index() < 0 || change.index() >= spec.list().items().size())) {
            return "listitem: index " + change.index() + " is not a row (the list has "
                    + spec.list().items().size() + ")";
        }
        String title = title(spec.list());
        if (!change.add() && (title == null || spec.list().indexOf(title) < 0)) {
            return "listitem: no row titled \"" + (title == null ? "" : title) + "\"";
        }
        return null;
    }

    private String title(ListSpec list) {
        if (change.index() != null) {
            int i = change.index();
            return i >= 0 && i < list.items().size() ? list.items().get(i).title() : change.title();
        }
        return change.title();
    }

    private ListItem changed(ListItem item) {
        ListItem out = item;
        if (change.subtitle() != null) {
            out = out.withSubtitle(change.subtitle());
        }
        if (change.icon() != null) {
            out = out.withIcon(change.icon());
        }
        if (change.status() == ListItem.Status.CUSTOM) {
            out = out.withCustomStatus(change.customStatus());
        } else if (change.status() != null) {
            out = out.withStatus(change.status());
        }
        if (change.statusText() != null) {
            out = out.withStatusText(change.statusText());
        }
        if (change.progress() != null) {
            out = out.withProgress(change.progress());
        }
        return out;
    }
}
