package org.escrowbootstrap.ui;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import org.escrowbootstrap.model.ButtonSymbol;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.SfSymbols;

/**
 * An SF Symbol look-alike beside a button's label ({@code --button1symbol} and its siblings).
 *
 * <p>Without a colour of its own the symbol is painted in the button's foreground, read when it is painted, so it
 * follows the label through theme changes and the default button's white text. A disabled button's symbol is drawn
 * at half opacity, as swiftDialog draws it.
 */
final class ButtonSymbolIcon implements Icon {

    private static final float DISABLED_OPACITY = 0.5f;

    private final ButtonSymbol symbol;
    private final String drawn;
    private final int width;
    private final int height;

    ButtonSymbolIcon(ButtonSymbol symbol) {
        this.symbol = symbol;
        this.drawn = SfSymbols.match(symbol.name()).drawn(); // config already warned about a name we do not draw
        this.height = (int) Math.round(symbol.size());
        Artwork shape = Symbols.tinted(drawn, Color.BLACK, null, FontWeight.REGULAR);
        this.width = shape.height() > 0 ? (int) Math.round(height * shape.width() / shape.height()) : height;
    }

    /** Puts the symbol on {@code button}, on the side of the label that the symbol's position names. */
    static void decorate(AbstractButton button, ButtonSymbol symbol) {
        ButtonSymbolIcon icon = new ButtonSymbolIcon(symbol);
        button.setIcon(icon);
        button.setDisabledIcon(icon); // the look and feel cannot grey an icon that is not an image; we fade it
        button.setIconTextGap(Math.max(4, icon.height / 3));
        switch (symbol.position()) {
            case LEADING -> button.setHorizontalTextPosition(SwingConstants.TRAILING);
            case TRAILING -> button.setHorizontalTextPosition(SwingConstants.LEADING);
            case TOP -> {
                button.setHorizontalTextPosition(SwingConstants.CENTER);
                button.setVerticalTextPosition(SwingConstants.BOTTOM);
            }
            case BOTTOM -> {
                button.setHorizontalTextPosition(SwingConstants.CENTER);
                button.setVerticalTextPosition(SwingConstants.TOP);
            }
        }
    }

    ButtonSymbol symbol() {
        return symbol;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Color primary = symbol.colour() != null ? Look.resolve(symbol.colour()) : labelColour(c);
        Color secondary = symbol.colour2() != null ? Look.resolve(symbol.colour2()) : null;
        Artwork artwork = Symbols.tinted(drawn, primary, secondary, FontWeight.REGULAR);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (!c.isEnabled()) {
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, DISABLED_OPACITY));
            }
            artwork.paint(g2, artwork.fitInto(new Rectangle2D.Double(x, y, width, height)));
        } finally {
            g2.dispose();
        }
    }

    /** The colour the look and feel paints the label in: the default button's is its own (white on the accent). */
    private static Color labelColour(Component c) {
        if (c instanceof JButton button && button.isDefaultButton() && button.isEnabled()) {
            Color colour = UIManager.getColor("Button.default.foreground");
            if (colour != null) {
                return colour;
            }
        }
        return c.getForeground();
    }

    @Override
    public int getIconWidth() {
        return width;
    }

    @Override
    public int getIconHeight() {
        return height;
    }
}
