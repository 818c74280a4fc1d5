package org.escrowbootstrap.ui;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * SVG path data ({@code d="M10 20 L30 40 Z"}) turned into a Java2D path: every command of SVG 1.1, absolute and
 * relative. For {@link SvgShapes}, which draws our own shipped pictures without an SVG library.
 */
final class PathData {

    private final String d;
    private int pos;
    private final Path2D.Float path;
    private float x;
    private float y;
    private float startX;
    private float startY;
    private float ctrlX; // the last control point, reflected by S and T
    private float ctrlY;
    private char last = ' ';

    private PathData(String d, int windingRule) {
        this.d = d;
        this.path = new Path2D.Float(windingRule);
    }

    /** The path {@code d} describes; {@link IllegalArgumentException} naming where it stops making sense. */
    static Path2D.Float parse(String d, int windingRule) {
        PathData data = new PathData(d, windingRule);
        data.run();
        return data.path;
    }

    private void run() {
        char command = ' ';
        while (skipSpace()) {
            char c = d.charAt(pos);
            if (Character.isLetter(c)) {
                command = c;
                pos++;
            } else if (command == ' ') {
                throw error("a command must come first");
            } else if (command == 'M' || command == 'm') {
                command = command == 'M' ? 'L' : 'l'; // numbers after a move are lines
            } else if (command == 'Z' || command == 'z') {
                throw error("numbers after Z");
            }
            segment(command);
        }
    }

    private void segment(char command) {
        boolean rel = Character.isLowerCase(command);
        float ox = rel ? x : 0;
        float oy = rel ? y : 0;
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                x = ox + number();
                y = oy + number();
                path.moveTo(x, y);
                startX = x;
                startY = y;
            }
            case 'L' -> lineTo(ox + number(), oy + number());
            case 'H' -> lineTo(ox + number(), y);
            case 'V' -> lineTo(x, oy + number());
            case 'C' -> cubic(ox + number(), oy + number(), ox + number(), oy + number(), ox + number(), oy + number());
            case 'S' -> {
                boolean follows = "CcSs".indexOf(last) >= 0;
                cubic(
                        follows ? 2 * x - ctrlX : x,
                        follows ? 2 * y - ctrlY : y,
                        ox + number(),
                        oy + number(),
                        ox + number(),
                        oy + number());
            }
            case 'Q' -> quad(ox + number(), oy + number(), ox + number(), oy + number());
            case 'T' -> {
                boolean follows = "QqTt".indexOf(last) >= 0;
                quad(follows ? 2 * x - ctrlX : x, follows ? 2 * y - ctrlY : y, ox + number(), oy + number());
            }
            case 'A' -> arc(number(), number(), number(), flag(), flag(), ox + number(), oy + number());
            case 'Z' -> {
                path.closePath();
                x = startX;
                y = startY;
            }
            default -> throw error("unknown command " + command);
        }
        last = command;
    }

    private void lineTo(float nx, float ny) {
        path.lineTo(nx, ny);
        x = nx;
        y = ny;
    }

    private void cubic(float x1, float y1, float x2, float y2, float nx, float ny) {
        path.curveTo(x1, y1, x2, y2, nx, ny);
        ctrlX = x2;
        ctrlY = y2;
        x = nx;
        y = ny;
    }

    private void quad(float x1, float y1, float nx, float ny) {
        path.quadTo(x1, y1, nx, ny);
        ctrlX = x1;
        ctrlY = y1;
        x = nx;
        y = ny;
    }

    /** An elliptical arc from the current point, converted to its centre form (SVG 1.1, appendix F.6.5). */
    private void arc(float rx, float ry, float degrees, boolean large, boolean sweep, float nx, float ny) {
        if (nx == x && ny == y) {
            return;
        }
        if (rx == 0 || ry == 0) {
            lineTo(nx, ny);
            return;
        }
        double a = Math.abs(rx);
        double b = Math.abs(ry);
        double phi = Math.toRadians(degrees % 360);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x - nx) / 2.0;
        double dy = (y - ny) / 2.0;
        double x1 = cos * dx + sin * dy;
        double y1 = -sin * dx + cos * dy;
        double lambda = (x1 * x1) / (a * a) + (y1 * y1) / (b * b);
        if (lambda > 1) { // radii too small for the two points: scaled up just enough
            a *= Math.sqrt(lambda);
            b *= Math.sqrt(lambda);
        }
        double num = a * a * b * b - a * a * y1 * y1 - b * b * x1 * x1;
        double den = a * a * y1 * y1 + b * b * x1 * x1;
        double coef = (large == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cx1 = coef * a * y1 / b;
        double cy1 = coef * -b * x1 / a;
        double cx = cos * cx1 - sin * cy1 + (x + nx) / 2.0;
        double cy = sin * cx1 + cos * cy1 + (y + ny) / 2.0;
        double start = angle(1, 0, (x1 - cx1) / a, (y1 - cy1) / b);
        double extent = angle((x1 - cx1) / a, (y1 - cy1) / b, (-x1 - cx1) / a, (-y1 - cy1) / b);
        if (!sweep && extent > 0) {
            extent -= 2 * Math.PI;
        } else if (sweep && extent < 0) {
            extent += 2 * Math.PI;
        }
        // Arc2D measures angles counter-clockwise with y up; SVG's y points down, hence the signs.
        Arc2D.Double arc =
                new Arc2D.Double(-a, -b, 2 * a, 2 * b, -Math.toDegrees(start), -Math.toDegrees(extent), Arc2D.OPEN);
        AffineTransform place = new AffineTransform(cos, sin, -sin, cos, cx, cy);
        // The arc's curves without its own first point (the current point, give or take rounding, which a line
        // to it would turn into a tiny extra segment and join), ending exactly where the path data says.
        List<double[]> curves = new ArrayList<>();
        for (PathIterator it = arc.getPathIterator(place); !it.isDone(); it.next()) {
            double[] c = new double[6];
            if (it.currentSegment(c) == PathIterator.SEG_CUBICTO) {
                curves.add(c);
            }
        }
        for (int i = 0; i < curves.size(); i++) {
            double[] c = curves.get(i);
            boolean end = i == curves.size() - 1;
            path.curveTo(c[0], c[1], c[2], c[3], end ? nx : c[4], end ? ny : c[5]);
        }
        x = nx;
        y = ny;
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    /** Skips white space and commas; false at the end. */
    private boolean skipSpace() {
        while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
            pos++;
        }
        return pos < d.length();
    }

    private boolean flag() {
        if (!skipSpace() || (d.charAt(pos) != '0' && d.charAt(pos) != '1')) {
            throw error("expected an arc flag (0 or 1)");
        }
        return d.charAt(pos++) == '1';
    }

    private float number() {
        if (!skipSpace()) {
            throw error("expected a number");
        }
        int begin = pos;
        if (d.charAt(pos) == '-' || d.charAt(pos) == '+') {
            pos++;
        }
        boolean dot = false;
        while (pos < d.length()) {
            char c = d.charAt(pos);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c == 'e' || c == 'E') {
                pos++;
                if (pos < d.length() && (d.charAt(pos) == '-' || d.charAt(pos) == '+')) {
                    pos++;
                }
                continue;
            } else if (!Character.isDigit(c)) {
                break;
            }
            pos++;
        }
        try {
            return Float.parseFloat(d.substring(begin, pos));
        } catch (NumberFormatException e) {
            pos = begin;
            throw error("expected a number");
        }
    }

    private IllegalArgumentException error(String problem) {
        String where = pos < d.length() ? "at character " + (pos + 1) + " of" : "at the end of";
        return new IllegalArgumentException("path data: " + problem + " " + where + " \"" + d + "\"");
    }
}
