package org.escrowbootstrap.ui;

import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * A MigLayout panel with one part whose height depends on its width (a wrapped title, a message above a list).
 * MigLayout asks that height before the part has its final width and then keeps the answer: once the widths are
 * set, the part is laid out and asked again, and the panel laid out anew when the answer changed.
 */
final class SettlingPanel extends JPanel {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<JComponent> part;

    /** The panel; {@code part} names the part to ask again, or null when there is none (yet). */
    SettlingPanel(MigLayout layout, Supplier<JComponent> part) {
        super(layout);
        this.part = part;
    }

    @Override
    public void doLayout() {
        super.doLayout();
        JComponent wrapped = part.get();
        if (wrapped == null) {
            return;
        }
        wrapped.doLayout();
        if (wrapped.getPreferredSize().height != wrapped.getHeight()) {
            ((MigLayout) getLayout()).invalidateLayout(this);
            super.doLayout();
        }
    }
}
