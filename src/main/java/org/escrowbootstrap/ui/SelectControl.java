package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSeparator;
import javax.swing.ListCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.SelectSpec;

/**
 * The control of one select list: a pop-up menu, radio buttons, or (multiselect) a column of check boxes.
 *
 * <p>Named for tests: {@code select.N} for a menu, {@code select.N.K} for the K-th value's button or box. A divider
 * ({@code ---}) is a line that cannot be chosen, and keeps its place in the index as in swiftDialog.
 */
final class SelectControl {

    private final int number;
    private final SelectSpec spec;
    private final JComponent component;
    private final JComboBox<String> menu;
    private final List<AbstractButton> buttons = new ArrayList<>();

    SelectControl(int number, SelectSpec spec, java.awt.Font font) {
        this.number = number;
        this.spec = spec;
        if (spec.style() == SelectSpec.Style.RADIO || spec.style() == SelectSpec.Style.MULTISELECT) {
            menu = null;
            component = buttons(font);
        } else {
            menu = menu(font);
            component = menu;
        }
        component.getAccessibleContext().setAccessibleName(spec.title().isEmpty() ? "Select" : spec.title());
    }

    private JComboBox<String> menu(java.awt.Font font) {
        JComboBox<String> box = new JComboBox<>(new DividedModel(spec.values()));
        box.setName("select." + number);
        box.setFont(font);
        box.setRenderer(new DividerRenderer(box.getRenderer()));
        String initial = spec.initialValue();
        box.setSelectedIndex(initial.isEmpty() ? -1 : spec.values().indexOf(initial));
        if (spec.style() == SelectSpec.Style.SEARCHABLE) {
            box.setMaximumRowCount(12); // typing a value's first letters selects it, as in any menu
        }
        return box;
    }

    private JComponent buttons(java.awt.Font font) {
        JPanel panel = new JPanel(new MigLayout("insets 0, gap 0 2, wrap 1, hidemode 3", "[grow, fill]"));
        panel.setName("select." + number);
        panel.setOpaque(false);
        ButtonGroup group = spec.style() == SelectSpec.Style.RADIO ? new ButtonGroup() : null;
        String initial = spec.initialValue();
        for (int k = 0; k < spec.values().size(); k++) {
            String value = spec.values().get(k);
            if (value.equals(SelectSpec.DIVIDER)) {
                panel.add(new JSeparator(), "growx, gaptop 2, gapbottom 2");
                continue;
            }
            AbstractButton button = group != null ? new JRadioButton(value) : new JCheckBox(value);
            button.setName("select." + number + "." + k);
            button.setFont(font);
            button.setOpaque(false);
            button.setActionCommand(value);
            button.setSelected(value.equals(initial));
            if (group != null) {
                group.add(button);
            }
            buttons.add(button);
            panel.add(button);
        }
        return panel;
    }

    SelectSpec spec() {
        return spec;
    }

    JComponent component() {
        return component;
    }

    /** The chosen value as swiftDialog reports it: "" for none; a multiselect's values sorted, joined by ", ". */
    String value() {
        if (menu != null) {
            Object chosen = menu.getSelectedItem();
            return chosen == null || SelectSpec.DIVIDER.equals(chosen) ? "" : chosen.toString();
        }
        List<String> chosen = buttons.stream()
                .filter(AbstractButton::isSelected)
                .map(AbstractButton::getActionCommand)
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.sort(chosen);
        return String.join(", ", chosen);
    }

    /** Chooses {@code value} ("" for nothing; a multiselect's values joined by ", "), as a rebuilt screen must. */
    void choose(String value) {
        if (menu != null) {
            menu.setSelectedIndex(value.isEmpty() ? -1 : spec.values().indexOf(value));
            return;
        }
        List<String> chosen = List.of(value.split(", ", -1));
        buttons.forEach(b -> b.setSelected(chosen.contains(b.getActionCommand())));
    }

    FieldValue.Selection selection() {
        String value = value();
        return new FieldValue.Selection(spec.outputKey(), value, spec.indexOf(value));
    }

    /** Outlines the control in red (a required select left empty), or clears the outline. */
    void mark(boolean missing) {
        Object outline = missing ? FlatClientProperties.OUTLINE_ERROR : null;
        if (menu != null) {
            menu.putClientProperty(FlatClientProperties.OUTLINE, outline);
        } else {
            buttons.forEach(b -> b.putClientProperty(FlatClientProperties.OUTLINE, outline));
        }
    }

    /** Runs {@code action} whenever the choice changes. */
    void onChange(Runnable action) {
        if (menu != null) {
            menu.addActionListener(e -> action.run());
        } else {
            buttons.forEach(b -> b.addActionListener(e -> action.run()));
        }
    }

    /** A menu model in which a divider can never become the selection. */
    private static final class DividedModel extends DefaultComboBoxModel<String> {
        DividedModel(List<String> values) {
            super(values.toArray(String[]::new));
        }

        @Override
        public void setSelectedItem(Object item) {
            if (!SelectSpec.DIVIDER.equals(item)) {
                super.setSelectedItem(item);
            }
        }
    }

    /** Draws a divider as a line in the open menu. */
    private record DividerRenderer(ListCellRenderer<? super String> base) implements ListCellRenderer<String> {
        @Override
        public Component getListCellRendererComponent(
                JList<? extends String> list, String value, int index, boolean selected, boolean focused) {
            if (SelectSpec.DIVIDER.equals(value) && index >= 0) {
                return new JSeparator();
            }
            return base.getListCellRendererComponent(list, value, index, selected, focused);
        }
    }
}
