package org.escrowbootstrap.ui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ProgressSpec;

/** A progress bar with a line of text under it; indeterminate when the total is 0. */
final class ProgressPanel extends JPanel {

    private final JProgressBar bar = new JProgressBar();
    private final JLabel text = new MeasuredLabel(" ");

    ProgressPanel(ProgressSpec progress) {
        super(new MigLayout("insets 0, gap 0 4, fillx, wrap 1", "[grow, fill]"));
        setName("progressPanel");
        setOpaque(false);
        bar.setName("progress");
        bar.getAccessibleContext().setAccessibleName("Progress");
        text.setName("progressText");
        text.setFont(Fonts.inter(FontWeight.REGULAR, Look.number("progress.text.size", 13)));
        text.setForeground(Look.foreground());
        add(bar);
        add(text);
        update(progress);
    }

    void update(ProgressSpec progress) {
        bar.setIndeterminate(progress.indeterminate());
        if (!progress.indeterminate()) {
            bar.setMaximum(progress.total());
            bar.setValue(progress.value());
        }
        String line = progress.text() == null || progress.text().isBlank() ? " " : progress.text();
        text.setText(line);
        bar.getAccessibleContext().setAccessibleDescription(line.isBlank() ? null : line);
    }

    String text() {
        return text.getText();
    }

    JProgressBar bar() {
        return bar;
    }
}
