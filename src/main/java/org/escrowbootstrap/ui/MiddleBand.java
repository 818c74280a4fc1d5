package org.escrowbootstrap.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import net.miginfocom.swing.MigLayout;

/**
 * The band between the title and the buttons: the icon column and the main column side by side. It fills the room
 * the window gives it; when a window is too small even for the parts at their least (the message at two lines, the
 * fields, the selects, the progress bar), the whole band scrolls at its full height rather than cutting them off.
 */
final class MiddleBand extends ColumnScrolling {

    private static final long serialVersionUID = 1L;

    /** The least room the main column keeps beside the icon column before the icon column gives way. */
    static final int MESSAGE_ROOM = 420;

    /** The widest an icon column may be in {@code room} points: two fifths, or all but {@link #MESSAGE_ROOM}. */
    static int mostForColumn(int room) {
        return Math.max(room * 2 / 5, room - MESSAGE_ROOM);
    }

    private boolean settling;

    /** What the band says it wants before it has a width: the least room the screen keeps for it. */
    static final int UNMEASURED_HEIGHT = 60;
    // The sizes last asked afresh, and what they were asked at: the band's width and the layout epoch. A layout
    // asks them many times over (the scroll pane, the viewport, the screen's own preferred size); asking afresh
    // re-measures every wrapped text below, so answers are kept until the width or a layout below changes them.
    private Dimension cachedMinimum;
    private Dimension cachedPreferred;
    private int cachedWidth = -1;
    private int cachedEpoch = -1;
    private int epoch;

    MiddleBand(String columns) {
        super(new MigLayout("insets 0, gap 0, fill, hidemode 3", columns, "[grow, fill]"));
        setName("middle");
        setOpaque(false);
    }

    /** The band in a borderless, see-through scroll pane that scrolls up and down only. */
    JScrollPane inScrollPane() {
        JScrollPane pane = new JScrollPane(this) {
            private static final long serialVersionUID = 1L;

            /** A change inside lays the whole screen out again, as it did before the band could scroll. */
            @Override
            public boolean isValidateRoot() {
                return false;
            }
        };
        pane.setName("middleScroll");
        pane.setBorder(BorderFactory.createEmptyBorder());
        pane.setViewportBorder(null);
        pane.setOpaque(false);
        pane.getViewport().setOpaque(false);
        pane.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        pane.setVerticalScrollBarPolicy(JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED);
        pane.getVerticalScrollBar().setUnitIncrement(16);
        return pane;
    }

    /**
     * As tall as the viewport whenever the parts fit in it at their least; taller, to scroll, when they do not. The
     * scroll pane's height is the measure: it is set before its layout asks this, the viewport's only after.
     */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        JScrollPane pane = pane();
        return pane == null || fits(pane);
    }

    private boolean fits(JScrollPane pane) {
        Insets insets = pane.getInsets();
        return pane.getHeight() - insets.top - insets.bottom + SLACK >= getMinimumSize().height;
    }

    /**
     * Points of the band's foot that may go unseen rather than bring a scroll bar: the empty padding under its last
     * part (the progress line's), as the band was laid out before it could scroll.
     */
    private static final int SLACK = 6;

    /**
     * Lays the band out, then its columns, whose texts wrap only now that they have their width: when that changes
     * the band's sizes, or whether it fits, the scroll pane and the band are laid out again with the true answer.
     */
    @Override
    public void doLayout() {
        super.doLayout();
        JScrollPane pane = pane();
        if (settling || pane == null) {
            return;
        }
        boolean tracked = getHeight() == pane.getViewport().getHeight();
        Dimension least = getMinimumSize();
        Dimension wanted = getPreferredSize();
        layOutTree(this);
        epoch++; // the texts below have their widths now: their sizes may have changed
        if (fits(pane) != tracked || !least.equals(getMinimumSize()) || !wanted.equals(getPreferredSize())) {
            settling = true;
            try {
                pane.doLayout();
                pane.getViewport().doLayout();
                super.doLayout();
                layOutTree(this);
                epoch++;
            } finally {
                settling = false;
            }
        }
    }

    @Override
    public void invalidate() {
        epoch++; // something below changed: the kept sizes no longer hold
        super.invalidate();
    }

    /** Sizes asked afresh each time: MigLayout keeps its answers, which a wrapped text's new width makes stale. */
    @Override
    public Dimension getMinimumSize() {
        sizesAfresh();
        return new Dimension(cachedMinimum);
    }

    @Override
    public Dimension getPreferredSize() {
        sizesAfresh();
        return new Dimension(cachedPreferred);
    }

    private void sizesAfresh() {
        if (cachedMinimum != null && cachedWidth == getWidth() && cachedEpoch == epoch) {
            return;
        }
        if (getWidth() == 0) {
            // Not laid out yet (the window's pack, which takes its size from the spec): measuring now would wrap
            // every text at no width at all, the costliest measure of all and one nobody uses. A placeholder as
            // tall as the room the screen keeps for the band stands in until the band has its width.
            cachedMinimum = new Dimension(0, 0);
            cachedPreferred = new Dimension(0, UNMEASURED_HEIGHT);
            cachedWidth = 0;
            cachedEpoch = epoch;
            return;
        }
        forget(this);
        cachedMinimum = super.getMinimumSize();
        cachedPreferred = super.getPreferredSize();
        cachedWidth = getWidth();
        cachedEpoch = epoch;
    }

    private static void forget(Container container) {
        if (container.getLayout() instanceof MigLayout layout) {
            layout.invalidateLayout(container);
        }
        for (Component child : container.getComponents()) {
            if (child instanceof Container inner && !(child instanceof javax.swing.text.JTextComponent)) {
                forget(inner);
            }
        }
    }

    private static void layOutTree(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof Container inner) {
                inner.doLayout();
                layOutTree(inner);
            }
        }
    }

    /**
     * Scrolls whatever control takes the keyboard focus into view: Tab in a band that scrolls reaches a field below
     * the window's edge, and the user should see what they type into.
     */
    void followFocus() {
        follow(this);
    }

    private static void follow(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JComponent part && part.isFocusable() && !(part instanceof JScrollPane)) {
                part.addFocusListener(new FocusAdapter() {
                    @Override
                    public void focusGained(FocusEvent e) {
                        // asked of the parent: a text field answers scrollRectToVisible by scrolling its own text
                        if (part.getParent() instanceof JComponent parent) {
                            parent.scrollRectToVisible(part.getBounds());
                        }
                    }
                });
            }
            if (child instanceof Container inner) {
                follow(inner);
            }
        }
    }

    private JScrollPane pane() {
        return getParent() instanceof JViewport viewport && viewport.getParent() instanceof JScrollPane pane
                ? pane
                : null;
    }
}
