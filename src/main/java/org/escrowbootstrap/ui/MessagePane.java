package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.net.URI;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.VerticalPosition;

/**
 * The Markdown message: it fills the space it is given, sits at the top, centre or bottom of it as the spec's
 * message position says, and scrolls when it is longer.
 */
final class MessagePane extends JScrollPane {

    private final JComponent view;
    private final boolean eula;

    MessagePane(DialogSpec spec, Consumer<URI> links) {
        this(spec, ScreenText.onDemand().message(spec), links);
    }

    /** The message from its text parsed ahead ({@link ScreenText}). */
    MessagePane(DialogSpec spec, ScreenText.Text text, Consumer<URI> links) {
        eula = spec.eula();
        view = eula
                ? EulaText.create(spec.message())
                : MarkdownView.create(text.parsed(), text.style(), links).component();
        view.setName("message");
        view.getAccessibleContext().setAccessibleName("Message");
        setName("messageScroll");
        setViewportView(new Column(view, spec.messagePosition(), spec.window().width()));
        // swiftDialog's licence mode: the text in a box of the editor's colour with rounded corners
        setBorder(eula ? BorderFactory.createEmptyBorder(8, 10, 8, 6) : BorderFactory.createEmptyBorder());
        setViewportBorder(null);
        setOpaque(false);
        getViewport().setOpaque(false);
        setHorizontalScrollBarPolicy(HORIZONTAL_SCROLLBAR_NEVER);
        setVerticalScrollBarPolicy(VERTICAL_SCROLLBAR_AS_NEEDED);
        getVerticalScrollBar().setUnitIncrement(16);
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (eula) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g2.setColor(EulaText.background());
                g2.fill(new RoundRectangle2D.Double(0, 0, getWidth(), getHeight(), 10, 10));
            } finally {
                g2.dispose();
            }
        }
    }

    /** The Markdown view itself, inside the scrolling column. */
    JComponent text() {
        return view;
    }

    /** The message's look: the spec's font, size and colour, the theme's link and rule colours. */
    static MarkdownView.Style style(DialogSpec spec) {
        var style = spec.messageStyle();
        float size = style.size() != null ? style.size() : Look.size("message.size", 20);
        Color colour = style.colour() != null ? Look.resolve(style.colour()) : Look.foreground();
        return new MarkdownView.Style(
                Fonts.of(style, size, FontWeight.REGULAR),
                colour,
                Look.colour("link", Look.accent()),
                Look.colour("divider", Color.LIGHT_GRAY),
                Look.colour("code.background", new Color(0xE6E6E3)),
                Look.colour("table.border", Color.LIGHT_GRAY),
                Look.number("message.lineHeight", 1.27f),
                spec.messageAlignment(),
                MarkdownView.GITHUB_HEADINGS,
                0.25f,
                true);
    }

    /** Room for about two lines: a crowded window scrolls its message rather than hiding it. */
    @Override
    public Dimension getMinimumSize() {
        int twoLines = 2 * view.getFontMetrics(view.getFont()).getHeight();
        return new Dimension(0, Math.min(twoLines, getPreferredSize().height));
    }

    /** Holds the message at its wrapped height and places it vertically when there is room to spare. */
    private static final class Column extends ColumnScrolling {
        private final JComponent view;
        private final VerticalPosition position;
        private final int windowWidth;

        Column(JComponent view, VerticalPosition position, int windowWidth) {
            super(null);
            this.view = view;
            this.position = position;
            this.windowWidth = windowWidth;
            setName("messageColumn");
            setOpaque(false);
            add(view);
        }

        /** The text's height wrapped at {@code width}; the view keeps the place it was laid out at. */
        private int wrappedHeight(int width) {
            Dimension before = view.getSize();
            view.setSize(new Dimension(Math.max(1, width), Short.MAX_VALUE));
            int height = view.getPreferredSize().height;
            if (before.width > 0 && before.height > 0) {
                view.setSize(before);
            }
            return height;
        }

        @Override
        public void doLayout() {
            int width = getWidth();
            int height = wrappedHeight(width);
            int y =
                    switch (position) {
                        case TOP -> 0;
                        case CENTRE -> Math.max(0, (getHeight() - height) / 2);
                        case BOTTOM -> Math.max(0, getHeight() - height);
                    };
            view.setBounds(0, y, width, height);
        }

        @Override
        public Dimension getPreferredSize() {
            int width = getParent() instanceof JViewport viewport && viewport.getWidth() > 0
                    ? viewport.getWidth()
                    : widthBeforeLayout();
            return new Dimension(width, wrappedHeight(width));
        }

        /**
         * The width to wrap at before the viewport has one: the scroll pane's own, which MigLayout sets to the
         * cell's width before it asks for the height. Wrapping there first means the text is laid out once, at
         * the width it keeps, instead of at a guessed width, then with a scroll bar, then without. Before even the
         * scroll pane has a width (MigLayout's first look at every component, whose answer it asks again once the
         * widths are set), the window's: the message is never wider, and a wide wrap is a few lines where a narrow
         * guess was a line per word or two (about 4 ms of the Swing thread's first screen for 270 characters).
         */
        private int widthBeforeLayout() {
            if (getParent() instanceof JViewport viewport
                    && viewport.getParent() instanceof JScrollPane pane
                    && pane.getWidth() > 0) {
                Insets insets = pane.getInsets();
                return Math.max(1, pane.getWidth() - insets.left - insets.right);
            }
            return Math.max(getWidth(), Math.max(100, windowWidth));
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            // A viewport not laid out yet (no height) cannot be taller than the text: answered without wrapping
            // the whole message at a width of one pixel, which costs a full text layout each time it is asked.
            Component parent = getParent();
            return parent instanceof JViewport viewport
                    && viewport.getHeight() > 0
                    && viewport.getHeight() > wrappedHeight(viewport.getWidth());
        }
    }
}
