package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.Validation;

/**
 * The text fields in a rounded light panel (label left, field right), the "* Required Fields" note and, after a
 * failed check, the list of what is wrong.
 *
 * <p>A required field's label ends with {@code " *"}; a secure field is a password field with a small lock; a
 * field with {@code confirm} gets a second "Confirm …" row. Fields are named {@code field.N} (and
 * {@code field.N.confirm}) for tests.
 */
final class FieldsPanel extends JPanel {

    /** One field: its spec, its label, its input and, for {@code confirm}, the second input. */
    record Row(
            int index,
            TextFieldSpec spec,
            JLabel label,
            JTextComponent field,
            JLabel confirmLabel,
            JTextComponent confirm) {
        List<JTextComponent> inputs() {
            return confirm == null ? List.of(field) : List.of(field, confirm);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final UiWords words;
    private final JPanel problems = new JPanel(new MigLayout("insets 0, gap 0 2, wrap 1"));

    FieldsPanel(List<TextFieldSpec> specs, float labelSize, boolean liveValidation, UiWords words) {
        super(new MigLayout("insets 0, fillx, wrap 1, gap 0", "[grow, fill]"));
        this.words = words;
        setName("fields");
        setOpaque(false);
        Insets pad = Look.insets("fields.insets", new Insets(8, 8, 8, 8));
        int gap = Look.size("fields.gap", 6);
        float share = Look.number("fields.fieldShare", 0.48f);
        JPanel box = new RoundedPanel(new FieldRowsLayout(pad, gap, Look.size("fields.labelGap", 12), share));
        box.setName("fieldsBox");
        for (int i = 0; i < specs.size(); i++) {
            rows.add(addRow(box, i, specs.get(i), labelSize, liveValidation));
        }
        add(box);
        boolean anyRequired = specs.stream().anyMatch(TextFieldSpec::required);
        JPanel footer = new JPanel(new MigLayout("insets 0, fillx, gap 8", "[grow, left][right]", "[top]"));
        footer.setName("fieldsFooter");
        footer.setOpaque(false);
        problems.setName("problems");
        problems.setOpaque(false);
        problems.getAccessibleContext().setAccessibleName(words.get("name.problems"));
        footer.add(problems, "growx");
        if (anyRequired) {
            JLabel note = new MeasuredLabel(words.get("required.note"));
            note.setName("requiredNote");
            note.setFont(Fonts.inter(FontWeight.REGULAR, Look.size("note.size", 11)));
            note.setForeground(Look.colour("note.foreground", Look.foreground()));
            footer.add(note);
        }
        add(footer, "gaptop " + Look.size("fields.footerGap", 8));
    }

    private Row addRow(JPanel box, int index, TextFieldSpec spec, float labelSize, boolean liveValidation) {
        JLabel label = label(spec.label(), labelSize);
        label.setName("label." + index);
        JTextComponent field = input(spec, labelSize);
        field.setName("field." + index);
        name(field, label, spec.title(), spec);
        if (spec.value() != null) {
            field.setText(spec.value());
        }
        box.add(label);
        box.add(placed(field, spec, index));
        JLabel confirmLabel = null;
        JTextComponent confirm = null;
        if (spec.confirm()) {
            String title = words.get("confirm.title", spec.title());
            confirmLabel = label(spec.required() ? title + " *" : title, labelSize);
            confirmLabel.setName("label." + index + ".confirm");
            confirm = input(spec, labelSize);
            confirm.setName("field." + index + ".confirm");
            name(confirm, confirmLabel, title, spec);
            box.add(confirmLabel);
            box.add(placed(confirm, spec, index));
        }
        Row row = new Row(index, spec, label, field, confirmLabel, confirm);
        for (JTextComponent input : row.inputs()) {
            input.getDocument().addDocumentListener(new Edits(() -> clearMark(input)));
        }
        if (liveValidation && !spec.secure() && spec.regex() != null) {
            JTextComponent tinted = field;
            tinted.getDocument().addDocumentListener(new Edits(() -> tint(tinted, spec)));
        }
        return row;
    }

    /** A field's label; in a window too narrow for it even above its field, it wraps. */
    private static JLabel label(String text, float size) {
        TextLine label =
                new TextLine(text, Fonts.inter(FontWeight.REGULAR, size), Look.foreground(), Alignment.LEFT, 0, null);
        label.wrapAt(Short.MAX_VALUE);
        return label;
    }

    /**
     * What goes into the row for an input: an editor in a scroll pane at least 80 points high, as swiftDialog's; a
     * field with a file chooser beside its "Select" button; otherwise the field itself.
     */
    private JComponent placed(JTextComponent input, TextFieldSpec spec, int index) {
        if (input instanceof JTextArea area) {
            JScrollPane scroll = new JScrollPane(area);
            scroll.setName("field." + index + ".scroll");
            int lines = Math.max(80, area.getFontMetrics(area.getFont()).getHeight() * 4);
            scroll.setPreferredSize(new Dimension(100, lines));
            return scroll;
        }
        if (spec.fileSelect() && input instanceof JTextField field) {
            return FileSelect.wrap(field, spec, index, words);
        }
        return input;
    }

    private static JTextComponent input(TextFieldSpec spec, float labelSize) {
        if (spec.editor() && !spec.secure()) {
            JTextArea area = new JTextArea();
            area.setLineWrap(true);
            area.setWrapStyleWord(true);
            area.setFont(Fonts.inter(FontWeight.REGULAR, Math.max(13f, labelSize - 2)));
            if (spec.prompt() != null) {
                area.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, spec.prompt());
            }
            return area; // Return starts a new line here, as in swiftDialog's editor; button 1 still ends
        }
        JTextField field = spec.secure() ? WipeableContent.passwordField() : new JTextField();
        field.setFont(Fonts.inter(FontWeight.REGULAR, Math.max(13f, labelSize - 2)));
        if (spec.prompt() != null) {
            field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, spec.prompt());
        }
        if (spec.secure()) {
            field.putClientProperty(
                    FlatClientProperties.TEXT_FIELD_TRAILING_ICON,
                    new ArtworkIcon(lockGlyph(), Look.size("lock.width", 13), Look.size("lock.height", 17)));
        }
        return field;
    }

    /** The small lock in a secure field, in the theme's colour; cached, so the presenter can load it ahead. */
    static Artwork lockGlyph() {
        Color lock = Look.colour("lock.foreground", new Color(0x8FBF86));
        return Symbols.tinted("lock.fill", lock, null, FontWeight.REGULAR);
    }

    private static void name(JTextComponent field, JLabel label, String title, TextFieldSpec spec) {
        label.setLabelFor(field);
        field.getAccessibleContext().setAccessibleName(title);
        List<String> hints = new ArrayList<>();
        if (spec.required()) {
            hints.add("required");
        }
        if (spec.secure()) {
            hints.add("secure");
        }
        if (spec.prompt() != null) {
            hints.add(spec.prompt());
        }
        field.getAccessibleContext().setAccessibleDescription(hints.isEmpty() ? null : String.join(", ", hints));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The first input, which gets the keyboard focus when the screen opens. */
    JTextComponent firstField() {
        return rows.isEmpty() ? null : rows.get(0).field();
    }

    /** The engine's words in the screen's language, for the problems' lines. */
    UiWords words() {
        return words;
    }

    /** Marks the failing fields and lists the problems under the panel; the first failing input is returned. */
    JTextComponent showProblems(List<Validation.Problem> found) {
        clearProblems();
        JTextComponent first = null;
        int n = 0;
        for (Validation.Problem problem : found) {
            Row row = rows.get(problem.fieldIndex());
            JTextComponent marked =
                    problem.rule() == Validation.Rule.CONFIRM && row.confirm() != null ? row.confirm() : row.field();
            for (JTextComponent input :
                    problem.rule() == Validation.Rule.CONFIRM ? row.inputs() : List.of(row.field())) {
                input.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
            }
            marked.getAccessibleContext().setAccessibleDescription(problem.message());
            if (first == null) {
                first = marked;
            }
            JLabel line = new MeasuredLabel("\u2022 " + problem.message());
            line.setName("problem." + n++);
            line.setFont(Fonts.inter(FontWeight.MEDIUM, Look.size("problems.size", 13)));
            line.setForeground(Look.colour("problems.foreground", new Color(0xC4281C)));
            problems.add(line);
        }
        problems.revalidate();
        problems.repaint();
        return first;
    }

    /** Zeroes and empties every secure field, confirmations included. */
    void wipeSecrets() {
        for (Row row : rows) {
            for (JTextComponent input : row.inputs()) {
                if (input instanceof JPasswordField secure) {
                    WipeableContent.wipe(secure);
                }
            }
        }
    }

    void clearProblems() {
        problems.removeAll();
        problems.revalidate();
        problems.repaint();
    }

    /** The problem lines on display, for tests and screen readers. */
    List<String> problemLines() {
        List<String> lines = new ArrayList<>();
        for (var c : problems.getComponents()) {
            if (c instanceof JLabel label) {
                lines.add(label.getText());
            }
        }
        return lines;
    }

    private static void clearMark(JComponent input) {
        if (input.getClientProperty(FlatClientProperties.OUTLINE) != null) {
            input.putClientProperty(FlatClientProperties.OUTLINE, null);
        }
    }

    /** swiftDialog's live validation: a faint green or red background while the text does or does not match. */
    private static void tint(JTextComponent field, TextFieldSpec spec) {
        String text = field.getText();
        if (text.isEmpty()) {
            field.setBackground(null);
            return;
        }
        field.setBackground(
                Validation.matches(spec, text)
                        ? Look.colour("liveValid.background", new Color(0xE8F6E8))
                        : Look.colour("liveInvalid.background", new Color(0xFBE9E7)));
    }

    /** Runs an action on any change of a document. */
    private record Edits(Runnable action) implements DocumentListener {
        @Override
        public void insertUpdate(DocumentEvent e) {
            action.run();
        }

        @Override
        public void removeUpdate(DocumentEvent e) {
            action.run();
        }

        @Override
        public void changedUpdate(DocumentEvent e) {
            action.run();
        }
    }

    /** The light rounded panel behind the fields. */
    static final class RoundedPanel extends JPanel {
        RoundedPanel(java.awt.LayoutManager layout) {
            super(layout);
            setOpaque(false);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(Look.colour("fields.background", new Color(0xEBEBE8)));
                float arc = Look.size("fields.arc", 10);
                g2.fill(new RoundRectangle2D.Float(0, 0, getWidth(), getHeight(), arc, arc));
            } finally {
                g2.dispose();
            }
        }
    }
}
