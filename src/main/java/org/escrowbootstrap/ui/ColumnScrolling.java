package org.escrowbootstrap.ui;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A panel that scrolls vertically in a viewport as wide as itself: the message's column and the list's rows, which
 * wrap to the viewport's width and scroll only when taller than it.
 */
abstract class ColumnScrolling extends JPanel implements Scrollable {

    private static final long serialVersionUID = 1L;

    ColumnScrolling(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? Math.max(16, visible.height - 16) : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }
}
