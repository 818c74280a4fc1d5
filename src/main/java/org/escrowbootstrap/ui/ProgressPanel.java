package org.escrowbootstrap.ui;

import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ProgressSpec;

/** A progress bar with a line of text under it; indeterminate while busy. */
final class ProgressPanel extends JPanel {

    /** The bar's integer scale: fine enough for swiftDialog's decimal steps (0.5 of 100 is 5 units). */
    static final int SCALE = 1000;

    private final JProgressBar bar = new JProgressBar();
    /** Wraps in a narrow window rather than being cut. */
    private final TextLine text = new TextLine(" ", null, null, Alignment.LEFT, 0, null);

    ProgressPanel(ProgressSpec progress, UiWords words) {
        super(new MigLayout("insets 0, gap 0 4, fillx, wrap 1", "[grow, fill]"));
        setName("progressPanel");
        setOpaque(false);
        bar.setName("progress");
        bar.getAccessibleContext().setAccessibleName(words.get("name.progress"));
        text.setName("progressText");
        text.setFont(Fonts.inter(FontWeight.REGULAR, Look.number("progress.text.size", 13)));
        text.setForeground(Look.foreground());
        text.wrapAt(Short.MAX_VALUE);
        add(bar);
        add(text);
        update(progress);
    }

    void update(ProgressSpec progress) {
        bar.setIndeterminate(progress.indeterminate());
        if (!progress.indeterminate()) {
            bar.setMaximum(SCALE);
            bar.setValue((int) Math.round(progress.fraction() * SCALE));
        }
        String line = progress.text() == null || progress.text().isBlank() ? " " : progress.text();
        text.setText(line);
        if (text.getWidth() > 0 && text.heightAt(text.getWidth()) != text.getHeight() && getParent() != null) {
            // a line that wraps onto more (or fewer) lines than the last changes the panel's height: the screen
            // around it makes room, past this panel's own layout
            getParent().revalidate();
        }
        bar.getAccessibleContext().setAccessibleDescription(line.isBlank() ? null : line);
    }

    /**
     * A new line of text or value lays out this panel only, not the window: its height depends on them only when a
     * line wraps onto a different number of lines (one line high even when empty), and a script may change them
     * hundreds of times a second.
     */
    @Override
    public boolean isValidateRoot() {
        return true;
    }

    String text() {
        return text.getText();
    }

    JProgressBar bar() {
        return bar;
    }
}
