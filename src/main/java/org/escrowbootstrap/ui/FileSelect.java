package org.escrowbootstrap.ui;

import java.awt.Component;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * A text field with swiftDialog's "Select" button ({@code fileselect}): the button opens a file chooser in
 * {@code path}, offering {@code filetype}, and the chosen file's path goes into the field, which stays editable.
 */
final class FileSelect {

    private FileSelect() {}

    /** The field and its button, side by side, in the screen's language; the button is named {@code field.N.select}. */
    static JPanel wrap(JTextField field, TextFieldSpec spec, int index, UiWords words) {
        JPanel panel = new JPanel(new MigLayout("insets 0, gap 6, fillx", "[grow, fill][]", "[center]"));
        panel.setOpaque(false);
        panel.add(field, "wmin 0");
        JButton select = new JButton(words.get("button.select"));
        select.setName("field." + index + ".select");
        select.getAccessibleContext().setAccessibleName(words.get("name.selectFile", spec.title()));
        select.addActionListener(e -> choose(select, field, spec));
        panel.add(select);
        return panel;
    }

    private static void choose(Component parent, JTextField field, TextFieldSpec spec) {
        JFileChooser chooser = chooser(spec);
        if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
            field.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }

    /** The chooser as the spec asks: where it opens and what it offers. */
    static JFileChooser chooser(TextFieldSpec spec) {
        JFileChooser chooser = new JFileChooser(spec.path() == null ? null : new File(spec.path()));
        List<String> types = spec.fileTypes() == null
                ? List.of()
                : Arrays.stream(spec.fileTypes().split("\\s+"))
                        .map(t -> t.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT))
                        .filter(t -> !t.isEmpty())
                        .toList();
        if (types.contains("folder")) {
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            return chooser;
        }
        List<String> extensions = new ArrayList<>();
        for (String type : types) {
            switch (type) {
                case "image" -> extensions.addAll(List.of("png", "jpg", "jpeg", "gif", "heic", "tif", "tiff", "bmp"));
                case "movie", "video" -> extensions.addAll(List.of("mov", "mp4", "m4v", "avi", "mkv"));
                case "audio" -> extensions.addAll(List.of("mp3", "m4a", "wav", "aac", "aiff", "flac"));
                default -> extensions.add(type);
            }
        }
        if (!extensions.isEmpty()) {
            chooser.setAcceptAllFileFilterUsed(false);
            chooser.setFileFilter(
                    new FileNameExtensionFilter(String.join(", ", extensions), extensions.toArray(String[]::new)));
        }
        return chooser;
    }
}
