package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;
import java.util.function.IntPredicate;
import javax.swing.AbstractAction;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;

/**
 * One row of a {@link ListPanel}: an optional icon, the title and subtitle, the status text and icon. Named {@code
 * listItem.N}, its parts {@code .title}, {@code .subtitle}, {@code .statusText} and {@code .status}, so tests find
 * them.
 */
final class ListRow extends JPanel {
    /** Wraps in a window too narrow for it; the row grows to hold its lines. */
    private final TextLine title = new TextLine(" ", null, null, Alignment.LEFT, 0, null);

    private final JLabel subtitle;
    private final JLabel statusText = new MeasuredLabel("");
    private final StatusIcon status;
    private final IconBox icon;
    private final ScreenImages images;
    private final IntPredicate selected;

    /**
     * @param selected whether row N is selected now (the panel keeps the selection across rebuilt rows)
     * @param toggle selects or unselects this row; null when the list is not selectable
     */
    ListRow(
            int index,
            int height,
            boolean withIcon,
            boolean withSubtitle,
            float fontSize,
            ScreenImages images,
            IntPredicate selected,
            Runnable toggle) {
        super(new MigLayout(
                "insets 0, gap 0, hidemode 3",
                (withIcon ? "[" + (height - 6) + "!]8" : "") + "[grow, fill]8[]6[]",
                "[grow, center]"));
        this.images = images;
        this.selected = selected;
        setName("listItem." + index);
        setOpaque(false);
        if (toggle != null) {
            selectable(toggle);
        }
        Font font = Fonts.inter(FontWeight.REGULAR, fontSize);
        title.setName("listItem." + index + ".title");
        title.setFont(font);
        title.setForeground(Look.foreground());
        title.wrapAt(Short.MAX_VALUE);
        statusText.setName("listItem." + index + ".statusText");
        statusText.setFont(font);
        statusText.setForeground(Look.foreground());
        status = new StatusIcon(Math.round(fontSize) + 5);
        status.setName("listItem." + index + ".status");
        icon = withIcon ? new IconBox(height - 6) : null;
        if (icon != null) {
            add(icon, "h " + (height - 6) + "!");
        }
        if (withSubtitle) {
            subtitle = new MeasuredLabel(" ");
            subtitle.setName("listItem." + index + ".subtitle");
            subtitle.setFont(Fonts.inter(FontWeight.REGULAR, fontSize - 4));
            subtitle.setForeground(Look.secondary());
            JPanel texts = new JPanel(new MigLayout("insets 0, gap 0, wrap 1", "[grow, fill]"));
            texts.setOpaque(false);
            texts.add(title);
            texts.add(subtitle);
            add(texts, "wmin 0");
        } else {
            subtitle = null;
            add(title, "wmin 0");
        }
        add(statusText, "wmin pref");
        add(status, "w pref!, h " + (Math.round(fontSize) + 5) + "!");
    }

    void show(ListItem item) {
        title.setText(item.title().isEmpty() ? " " : item.title());
        if (subtitle != null) {
            subtitle.setText(item.subtitle() == null || item.subtitle().isBlank() ? " " : item.subtitle());
        }
        String text = item.statusText() == null ? "" : item.statusText();
        if (!text.equals(statusText.getText())) {
            statusText.setText(text);
            statusText.setVisible(!text.isEmpty());
        }
        status.show(
                item,
                item.status() == ListItem.Status.CUSTOM && item.customStatus() instanceof ImageRef.Symbol symbol
                        ? images.statusSymbol(symbol)
                        : null);
        if (icon != null) {
            icon.show(item.icon().isNone() ? null : images.listIcon(item.icon()));
        }
        getAccessibleContext()
                .setAccessibleName(item.title()
                        + (text.isEmpty() ? "" : ", " + text)
                        + (item.status() == ListItem.Status.NONE
                                ? ""
                                : ", " + item.status().name().toLowerCase(Locale.ROOT)));
        revalidate();
        repaint();
    }

    /** A click or Space toggles the row; it takes the keyboard focus in turn, as every control does. */
    private void selectable(Runnable toggle) {
        setFocusable(true);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                toggle.run();
                requestFocusInWindow();
            }
        });
        addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                repaint();
            }

            @Override
            public void focusLost(FocusEvent e) {
                repaint();
            }
        });
        getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), "escrow.toggleRow");
        getActionMap().put("escrow.toggleRow", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                toggle.run();
            }
        });
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        int index = Integer.parseInt(getName().substring("listItem.".length()));
        if (selected.test(index) || isFocusOwner()) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color accent = Look.accent();
            int alpha = selected.test(index) ? 0x40 : 0x18;
            g.setColor(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), alpha));
            g.fill(new RoundRectangle2D.Double(-6, 1, getWidth() + 12, getHeight() - 3, 10, 10));
            g.dispose();
        }
        graphics.setColor(Look.colour("list.divider", Look.colour("divider", Color.LIGHT_GRAY)));
        graphics.fillRect(0, getHeight() - 1, getWidth(), 1);
    }
}
