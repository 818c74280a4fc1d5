package org.escrowbootstrap.ui;

import java.awt.Font;
import java.awt.FontMetrics;
import javax.swing.JLabel;

/**
 * A label whose letter-spaced text is measured once ({@link MeasuredFont}): Swing measures a label's text at every
 * layout and paint, and with letter spacing each measurement is a run of the text shaper.
 */
class MeasuredLabel extends JLabel {

    private static final long serialVersionUID = 1L;

    MeasuredLabel() {
        super();
    }

    MeasuredLabel(String text) {
        super(text);
    }

    @Override
    public FontMetrics getFontMetrics(Font font) {
        return MeasuredFont.metrics(font, super.getFontMetrics(font));
    }
}
