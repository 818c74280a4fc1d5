package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.CheckboxSpec;
import org.escrowbootstrap.model.CheckboxStyle;
import org.escrowbootstrap.model.Choices;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.SelectSpec;

/**
 * The select lists (in rounded panels like the text fields', label left and control right) and the check boxes. The
 * screen places the parts ({@link #checkboxPanel()}, {@link #radioPanel()}, {@link #menuPanel()}) in the view
 * order; this panel itself holds what is wrong after button 1, and the required note.
 *
 * <p>Check boxes are named {@code checkbox.N}; selects as {@link SelectControl} says. A required select left empty
 * is listed under the panel when button 1 is pressed, in swiftDialog's words.
 */
final class ChoicesPanel extends JPanel {

    private final List<SelectControl> selects = new ArrayList<>();
    private final List<JCheckBox> boxes = new ArrayList<>();
    private final List<CheckboxSpec> boxSpecs;
    private final JPanel problems = new JPanel(new MigLayout("insets 0, gap 0 2, wrap 1"));
    private final JPanel checkboxPanel;
    private final JPanel radioPanel;
    private final JPanel menuPanel;
    private final UiWords words;

    ChoicesPanel(Choices choices, ScreenImages images, float labelSize, boolean fieldsShowRequiredNote, UiWords words) {
        this(choices, images, labelSize, fieldsShowRequiredNote, words, Integer.MAX_VALUE);
    }

    /** The panel in a column {@code width} points wide: a check box label wider than that wraps. */
    ChoicesPanel(
            Choices choices,
            ScreenImages images,
            float labelSize,
            boolean fieldsShowRequiredNote,
            UiWords words,
            int width) {
        super(new MigLayout("insets 0, fillx, wrap 1, gap 0, hidemode 3", "[grow, fill]"));
        setName("choices");
        setOpaque(false);
        this.words = words;
        boxSpecs = choices.checkboxes();
        Font font = Fonts.inter(FontWeight.REGULAR, Math.max(13f, labelSize - 2));
        JPanel radios = null;
        JPanel menus = null;
        for (int i = 0; i < choices.selects().size(); i++) {
            SelectControl control = new SelectControl(i, choices.selects().get(i), font);
            JLabel label = new MeasuredLabel(control.spec().label());
            label.setName("selectLabel." + i);
            label.setFont(Fonts.inter(FontWeight.REGULAR, labelSize));
            label.setForeground(Look.foreground());
            label.setLabelFor(control.component());
            control.onChange(() -> control.mark(false));
            boolean radio = control.spec().style() == SelectSpec.Style.RADIO;
            if (radio && radios == null) {
                radios = box("radioGroups");
            } else if (!radio && menus == null) {
                menus = box("menus");
            }
            JPanel box = radio ? radios : menus;
            box.add(label);
            box.add(control.component());
            selects.add(control);
        }
        radioPanel = radios;
        menuPanel = menus;
        checkboxPanel = boxSpecs.isEmpty() ? null : checkboxes(choices.checkboxStyle(), font, images, width);
        problems.setName("choiceProblems");
        problems.setOpaque(false);
        boolean required = choices.selects().stream().anyMatch(s -> s.required());
        if (required && !fieldsShowRequiredNote) {
            JPanel footer = new JPanel(new MigLayout("insets 0, fillx, gap 8", "[grow, left][right]", "[top]"));
            footer.setOpaque(false);
            footer.add(problems, "growx");
            JLabel note = new MeasuredLabel(words.get("required.note"));
            note.setName("selectsRequiredNote");
            note.setFont(Fonts.inter(FontWeight.REGULAR, Look.size("note.size", 11)));
            note.setForeground(Look.colour("note.foreground", Look.foreground()));
            footer.add(note);
            add(footer, "gaptop 4");
        } else {
            add(problems, "gaptop 4");
        }
    }

    /** A rounded box of select rows, label left and control right, as the text fields'. */
    private static JPanel box(String name) {
        Insets pad = Look.insets("fields.insets", new Insets(8, 8, 8, 8));
        float share = Look.number("fields.fieldShare", 0.48f);
        JPanel box = new FieldsPanel.RoundedPanel(
                new FieldRowsLayout(pad, Look.size("fields.gap", 6), Look.size("fields.labelGap", 12), share));
        box.setName(name);
        return box;
    }

    /** The radio groups' box, or null when there are none: swiftDialog places them apart from the menus. */
    JPanel radioPanel() {
        return radioPanel;
    }

    /** The menus' box (pop-up, searchable and multiselect lists), or null when there are none. */
    JPanel menuPanel() {
        return menuPanel;
    }

    private JPanel checkboxes(CheckboxStyle style, Font font, ScreenImages images, int width) {
        JPanel panel = new JPanel(new MigLayout("insets 0 8 0 8, gap 0 4, wrap 1", "[grow, fill]"));
        panel.setName("checkboxes");
        panel.setOpaque(false);
        float scale = style.size().scale();
        Font sized = font.deriveFont(font.getSize2D() * scale);
        for (int i = 0; i < boxSpecs.size(); i++) {
            CheckboxSpec spec = boxSpecs.get(i);
            JCheckBox box = style.switches() ? new SwitchBox(spec.label()) : new JCheckBox(spec.label());
            box.setName("checkbox." + i);
            box.setFont(sized);
            box.setOpaque(false);
            box.setForeground(Look.foreground());
            box.setSelected(spec.checked());
            box.setEnabled(!spec.disabled());
            boxes.add(box);
            // A box with a wrapping label keeps room for its box and a word: FlatLaf measures its baseline at the
            // least width, and an HTML label has none to give.
            String least = wrapIfWider(box, spec.label(), width - 16) ? "wmin 60" : "wmin 0";
            // As swiftDialog, icons only beside switches; once one switch has an icon, every row keeps the room
            boolean icons = style.switches()
                    && boxSpecs.stream().anyMatch(b -> !b.icon().isNone());
            if (icons) {
                JPanel row = new JPanel(new MigLayout("insets 0, gap 8", "[][grow, fill]", "[center]"));
                row.setOpaque(false);
                IconBox icon = new IconBox(Math.round(24 * style.size().scale()));
                icon.setName("checkbox." + i + ".icon");
                icon.show(spec.icon().isNone() ? null : images.listIcon(spec.icon()));
                row.add(icon);
                row.add(box, least);
                panel.add(row, "wmin 0");
            } else {
                panel.add(box, least);
            }
        }
        return panel;
    }

    /**
     * Gives a box whose label is wider than {@code width} an HTML label that wraps there, less a scroll bar's width
     * (the band it sits in may scroll); its accessible name stays the plain label.
     */
    private static boolean wrapIfWider(JCheckBox box, String label, int width) {
        if (width <= 0 || box.getPreferredSize().width <= width) {
            return false;
        }
        int textRoom = width
                - (box.getPreferredSize().width
                        - box.getFontMetrics(box.getFont()).stringWidth(label))
                - Look.size("scrollBar.room", 12);
        String escaped = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        int overhead =
                box.getPreferredSize().width - box.getFontMetrics(box.getFont()).stringWidth(label);
        int css = Math.max(20, textRoom);
        box.setText("<html><body style='width: " + css + "px'>" + escaped + "</body></html>");
        // Swing's CSS pixel is not quite a point: measured once, the width is corrected to the room there is
        int got = Math.max(1, box.getPreferredSize().width - overhead);
        css = Math.max(20, css * textRoom / got);
        box.setText("<html><body style='width: " + css + "px'>" + escaped + "</body></html>");
        box.getAccessibleContext().setAccessibleName(label);
        return true;
    }

    /**
     * The check boxes, which the screen places apart: swiftDialog's default order puts them above the text fields,
     * and the selects below. Null when there are none.
     */
    JPanel checkboxPanel() {
        return checkboxPanel;
    }

    /** Calls {@code enable} with the new state whenever a box marked {@code enablebutton1} is ticked or unticked. */
    void onButton1Box(Consumer<Boolean> enable) {
        for (int i = 0; i < boxes.size(); i++) {
            if (boxSpecs.get(i).enablesButton1()) {
                JCheckBox box = boxes.get(i);
                box.addItemListener(e -> enable.accept(box.isSelected()));
            }
        }
    }

    /**
     * Takes over what the user chose and ticked on {@code before}, the screen a live update replaced: each select
     * and box that is still the same, at the same place, keeps its state.
     */
    void keepState(ChoicesPanel before) {
        for (int i = 0; i < Math.min(selects.size(), before.selects.size()); i++) {
            if (selects.get(i).spec().equals(before.selects.get(i).spec())) {
                selects.get(i).choose(before.selects.get(i).value());
            }
        }
        for (int i = 0; i < Math.min(boxes.size(), before.boxes.size()); i++) {
            if (boxSpecs.get(i).equals(before.boxSpecs.get(i))) {
                boxes.get(i).setSelected(before.boxes.get(i).isSelected());
            }
        }
    }

    List<SelectControl> selects() {
        return List.copyOf(selects);
    }

    /** Each select's choice, in order. */
    List<FieldValue> selections() {
        return selects.stream().map(s -> (FieldValue) s.selection()).toList();
    }

    /** Each check box's state, in order, under its name or label. */
    List<FieldValue> checks() {
        List<FieldValue> checks = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            checks.add(new FieldValue.Choice(
                    boxSpecs.get(i).outputKey(), boxes.get(i).isSelected()));
        }
        return checks;
    }

    /** swiftDialog's lines for required selects left empty; marks them, and returns the first one's control. */
    JComponent showMissing(List<String> lines) {
        problems.removeAll();
        JComponent first = null;
        for (SelectControl select : selects) {
            boolean missing = select.spec().required() && select.value().isEmpty();
            select.mark(missing);
            if (missing) {
                String line = words.get("required.problem", select.spec().title());
                lines.add(line);
                JLabel label = new MeasuredLabel("\u2022 " + line);
                label.setName("choiceProblem." + problems.getComponentCount());
                label.setFont(Fonts.inter(FontWeight.MEDIUM, Look.size("problems.size", 13)));
                label.setForeground(Look.colour("problems.foreground", new Color(0xC4281C)));
                problems.add(label);
                first = first == null ? select.component() : first;
            }
        }
        problems.revalidate();
        problems.repaint();
        return first;
    }

    /** The problem lines on display, for tests and screen readers. */
    List<String> problemLines() {
        List<String> lines = new ArrayList<>();
        for (var c : problems.getComponents()) {
            lines.add(((JLabel) c).getText());
        }
        return lines;
    }
}
