package org.escrowbootstrap.ui;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import org.escrowbootstrap.model.WindowPosition;
import org.escrowbootstrap.model.WindowSpec;

/**
 * Where the window goes and how big it is, from the spec and the screen's usable area, as swiftDialog decides.
 *
 * <p>swiftDialog's default puts the window's centre 15 % of the screen height above the screen's centre;
 * {@code centre} is dead centre; edge keywords keep 16 points from the edge; {@code x,y} is the top-left corner
 * from the screen's top-left. The window is always kept on the screen.
 */
final class WindowPlacement {

    static final int EDGE_OFFSET = 16;
    /** The screen assumed when there is none (headless PNG rendering): a common laptop size. */
    static final Rectangle VIRTUAL_SCREEN = new Rectangle(0, 0, 1440, 900);

    private WindowPlacement() {}

    /** The window size in points: percentages of the screen, then the scale ({@code --small}, {@code --big}). */
    static Dimension size(WindowSpec window, Rectangle screen) {
        double w = window.widthPercent() ? screen.width * window.width() / 100.0 : window.width();
        double h = window.heightPercent() ? screen.height * window.height() / 100.0 : window.height();
        return new Dimension((int) Math.max(200, Math.round(w * window.scale())), (int)
                Math.max(120, Math.round(h * window.scale())));
    }

    /** The top-left corner of a window of {@code size} on {@code screen}. */
    static Point location(WindowPosition position, Dimension size, Rectangle screen) {
        double x;
        double y;
        if (position.isExplicit()) {
            x = screen.x + position.x();
            y = screen.y + position.y();
        } else {
            double left = screen.x + EDGE_OFFSET;
            double right = screen.x + screen.width - EDGE_OFFSET - size.width;
            double centreX = screen.x + (screen.width - size.width) / 2.0;
            double top = screen.y + EDGE_OFFSET;
            double bottom = screen.y + screen.height - EDGE_OFFSET - size.height;
            double raised = screen.y + screen.height * 0.35 - size.height / 2.0;
            double dead = screen.y + (screen.height - size.height) / 2.0;
            switch (position.keyword()) {
                case DEFAULT -> {
                    x = centreX;
                    y = raised;
                }
                case CENTRE -> {
                    x = centreX;
                    y = dead;
                }
                case TOPLEFT -> {
                    x = left;
                    y = top;
                }
                case TOP -> {
                    x = centreX;
                    y = top;
                }
                case TOPRIGHT -> {
                    x = right;
                    y = top;
                }
                case LEFT -> {
                    x = left;
                    y = raised;
                }
                case RIGHT -> {
                    x = right;
                    y = raised;
                }
                case DEADLEFT -> {
                    x = left;
                    y = dead;
                }
                case DEADRIGHT -> {
                    x = right;
                    y = dead;
                }
                case BOTTOMLEFT -> {
                    x = left;
                    y = bottom;
                }
                case BOTTOM -> {
                    x = centreX;
                    y = bottom;
                }
                case BOTTOMRIGHT -> {
                    x = right;
                    y = bottom;
                }
                default -> throw new IllegalStateException("unknown position " + position.keyword());
            }
        }
        return clamp(new Point((int) Math.round(x), (int) Math.round(y)), size, screen);
    }

    /** Keeps a window of {@code size} at {@code point} inside {@code screen} (its top-left wins if it cannot fit). */
    static Point clamp(Point point, Dimension size, Rectangle screen) {
        int x = Math.max(screen.x, Math.min(point.x, screen.x + screen.width - size.width));
        int y = Math.max(screen.y, Math.min(point.y, screen.y + screen.height - size.height));
        return new Point(x, y);
    }
}
