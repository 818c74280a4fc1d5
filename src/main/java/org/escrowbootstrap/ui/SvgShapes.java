package org.escrowbootstrap.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own shipped pictures (the SF Symbol look-alikes and swiftDialog's built-in images) read without an SVG
 * library.
 *
 * <p>Why not JSVG, which reads any SVG a user points at: JSVG and the JDK's XML parser behind it are about 380
 * classes, and loading them for the first screen's icon, overlay and lock cost about 40 ms and 4 MB of the
 * packaged launcher's start and 100 ms of a plain jar's. These files are ours, so this reads exactly what they
 * use: {@code svg} (width, height, viewBox), {@code g} (a translate or scale transform, inherited paint),
 * {@code defs}, {@code linearGradient} and {@code stop}, {@code path}, {@code rect}, {@code circle} and
 * {@code ellipse}; fill and stroke as none, {@code #rgb}, {@code #rrggbb} or a gradient; their opacities, the fill
 * rule, stroke width, caps and joins. Another element or value is refused with {@link IllegalArgumentException}
 * naming it; another attribute would go unread, so {@code SvgShapesTest} draws every shipped file with both and
 * compares the pixels: a new picture that needs more fails the build, not a user's screen. Shapes are placed and
 * painted as JSVG does (the same Java2D shapes, strokes, opacity and gradient space, the view box in float
 * precision), so a screen is the same to the pixel either way.
 */
final class SvgShapes {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->|<\\?.*?\\?>", Pattern.DOTALL);
    private static final Pattern TAG =
            Pattern.compile("<(/?)([A-Za-z][\\w:-]*)((?:\\s+[\\w:-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TRANSFORM = Pattern.compile("\\s*(translate|scale)\\s*\\(([^)]*)\\)\\s*");
    /** Properties a child takes from its group unless it says otherwise (as CSS inherits them in SVG). */
    private static final List<String> INHERITED = List.of(
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-opacity",
            "stroke-width",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-miterlimit");

    private record Element(String name, Map<String, String> attributes, List<Element> children) {}

    private final Map<String, Element> gradients = new HashMap<>();
    private final List<Artwork.Drawing.Layer> layers = new ArrayList<>();

    private SvgShapes() {}

    /** The drawing in {@code svg}; {@code name} only labels errors. */
    static Artwork.Drawing parse(String svg, String name) {
        try {
            return new SvgShapes().read(svg);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private Artwork.Drawing read(String svg) {
        Element root = tree(svg);
        if (!root.name().equals("svg")) {
            throw new IllegalArgumentException("the root element is <" + root.name() + ">, not <svg>");
        }
        collectGradients(root);
        float[] box = numbers(root.attributes().getOrDefault("viewBox", ""));
        double width = length(root, "width", box.length == 4 ? box[2] : -1);
        double height = length(root, "height", box.length == 4 ? box[3] : -1);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("no size: give width and height, or a viewBox");
        }
        Rectangle2D viewBox = box.length == 4
                ? new Rectangle2D.Float(box[0], box[1], box[2], box[3])
                : new Rectangle2D.Double(0, 0, width, height);
        draw(root.children(), Map.of(), new AffineTransform());
        return new Artwork.Drawing(width, height, viewBox, layers);
    }

    /** The element tree: tags and attributes only; text between tags must be white space. */
    private static Element tree(String svg) {
        String text = COMMENT.matcher(svg).replaceAll("");
        Matcher tag = TAG.matcher(text);
        List<Element> open = new ArrayList<>();
        Element root = null;
        int at = 0;
        while (tag.find()) {
            if (!text.substring(at, tag.start()).isBlank()) {
                throw new IllegalArgumentException(
                        "unexpected text: " + text.substring(at, tag.start()).strip());
            }
            at = tag.end();
            if (!tag.group(1).isEmpty()) {
                if (open.isEmpty() || !open.get(open.size() - 1).name().equals(tag.group(2))) {
                    throw new IllegalArgumentException("</" + tag.group(2) + "> closes nothing open");
                }
                open.remove(open.size() - 1);
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                attributes.put(
                        attribute.group(1), attribute.group(2) != null ? attribute.group(2) : attribute.group(3));
            }
            Element element = new Element(tag.group(2), attributes, new ArrayList<>());
            if (open.isEmpty()) {
                if (root != null) {
                    throw new IllegalArgumentException("more than one root element");
                }
                root = element;
            } else {
                open.get(open.size() - 1).children().add(element);
            }
            if (tag.group(4).isEmpty()) {
                open.add(element);
            }
        }
        if (root == null || !open.isEmpty() || !text.substring(at).isBlank()) {
            throw new IllegalArgumentException("not a complete SVG document");
        }
        return root;
    }

    private void collectGradients(Element element) {
        for (Element child : element.children()) {
            if (child.name().equals("linearGradient") && child.attributes().containsKey("id")) {
                gradients.put(child.attributes().get("id"), child);
            }
            collectGradients(child);
        }
    }

    private void draw(List<Element> elements, Map<String, String> inherited, AffineTransform transform) {
        for (Element element : elements) {
            Map<String, String> style = new HashMap<>(inherited);
            for (String property : INHERITED) {
                String value = element.attributes().get(property);
                if (value != null) {
                    style.put(property, value);
                }
            }
            AffineTransform here = new AffineTransform(transform);
            here.concatenate(transform(element.attributes().getOrDefault("transform", "")));
            switch (element.name()) {
                case "g" -> draw(element.children(), style, here);
                case "defs", "linearGradient", "title", "desc" -> {
                    // defined, not drawn
                }
                case "path", "rect", "circle", "ellipse" -> layer(shape(element, style), style, here);
                default -> throw new IllegalArgumentException("<" + element.name() + "> is not supported");
            }
        }
    }

    private Shape shape(Element element, Map<String, String> style) {
        Map<String, String> a = element.attributes();
        return switch (element.name()) {
            case "path" -> PathData.parse(
                    a.getOrDefault("d", ""),
                    "evenodd".equals(style.get("fill-rule")) ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
            case "rect" -> {
                float rx = number(a.get("rx"), number(a.get("ry"), 0));
                float ry = number(a.get("ry"), rx);
                float x = number(a.get("x"), 0);
                float y = number(a.get("y"), 0);
                float w = number(a.get("width"), 0);
                float h = number(a.get("height"), 0);
                yield rx == 0 && ry == 0
                        ? new Rectangle2D.Float(x, y, w, h)
                        : new RoundRectangle2D.Float(x, y, w, h, Math.min(2 * rx, w), Math.min(2 * ry, h));
            }
            case "circle" -> {
                float r = number(a.get("r"), 0);
                yield new Ellipse2D.Float(number(a.get("cx"), 0) - r, number(a.get("cy"), 0) - r, 2 * r, 2 * r);
            }
            default -> {
                float rx = number(a.get("rx"), 0);
                float ry = number(a.get("ry"), 0);
                yield new Ellipse2D.Float(number(a.get("cx"), 0) - rx, number(a.get("cy"), 0) - ry, 2 * rx, 2 * ry);
            }
        };
    }

    private void layer(Shape shape, Map<String, String> style, AffineTransform transform) {
        Paint fill = paint(style.getOrDefault("fill", "#000000"), shape);
        Paint stroke = paint(style.getOrDefault("stroke", "none"), shape);
        BasicStroke line = new BasicStroke(
                number(style.get("stroke-width"), 1),
                switch (style.getOrDefault("stroke-linecap", "butt")) {
                    case "butt" -> BasicStroke.CAP_BUTT;
                    case "round" -> BasicStroke.CAP_ROUND;
                    case "square" -> BasicStroke.CAP_SQUARE;
                    default -> throw new IllegalArgumentException("stroke-linecap " + style.get("stroke-linecap"));
                },
                switch (style.getOrDefault("stroke-linejoin", "miter")) {
                    case "miter" -> BasicStroke.JOIN_MITER;
                    case "round" -> BasicStroke.JOIN_ROUND;
                    case "bevel" -> BasicStroke.JOIN_BEVEL;
                    default -> throw new IllegalArgumentException("stroke-linejoin " + style.get("stroke-linejoin"));
                },
                Math.max(1, number(style.get("stroke-miterlimit"), 4)));
        layers.add(new Artwork.Drawing.Layer(
                shape,
                transform,
                fill,
                opacity(style.get("fill-opacity")),
                line.getLineWidth() > 0 ? stroke : null,
                opacity(style.get("stroke-opacity")),
                line));
    }

    /** A fill or stroke: null for none. A gradient is placed on the shape's bounds, SVG's default units. */
    private Paint paint(String value, Shape shape) {
        String v = value.strip();
        if (v.equals("none")) {
            return null;
        }
        if (v.startsWith("url(#") && v.endsWith(")")) {
            Element gradient = gradients.get(v.substring(5, v.length() - 1));
            if (gradient == null) {
                throw new IllegalArgumentException("no gradient " + v);
            }
            return gradient(gradient, shape);
        }
        return colour(v, 1);
    }

    private Paint gradient(Element gradient, Shape shape) {
        Map<String, String> a = gradient.attributes();
        List<Element> stops = gradient.children();
        float[] fractions = new float[stops.size()];
        Color[] colours = new Color[stops.size()];
        for (int i = 0; i < fractions.length; i++) {
            Map<String, String> stop = stops.get(i).attributes();
            String offset = stop.getOrDefault("offset", "0").strip();
            float fraction = offset.endsWith("%")
                    ? number(offset.substring(0, offset.length() - 1), 0) / 100
                    : number(offset, 0);
            // Java2D wants strictly increasing fractions; SVG clamps each to the one before.
            float floor = i == 0 ? 0 : Math.nextUp(fractions[i - 1]);
            fractions[i] = Math.min(1, Math.max(floor, Math.max(0, Math.min(1, fraction))));
            colours[i] = colour(stop.getOrDefault("stop-color", "#000000"), opacity(stop.get("stop-opacity")));
        }
        if (stops.isEmpty()) {
            return null;
        }
        if (stops.size() == 1) {
            return colours[0];
        }
        Point2D start = new Point2D.Float(number(a.get("x1"), 0), number(a.get("y1"), 0));
        Point2D end = new Point2D.Float(number(a.get("x2"), 1), number(a.get("y2"), 0));
        AffineTransform space = new AffineTransform();
        if (!"userSpaceOnUse".equals(a.get("gradientUnits"))) {
            Rectangle2D bounds = shape.getBounds2D();
            space = new AffineTransform(bounds.getWidth(), 0, 0, bounds.getHeight(), bounds.getX(), bounds.getY());
        }
        return new LinearGradientPaint(
                start,
                end,
                fractions,
                colours,
                MultipleGradientPaint.CycleMethod.NO_CYCLE,
                MultipleGradientPaint.ColorSpaceType.SRGB,
                space);
    }

    private static Color colour(String value, float opacity) {
        String hex = value.strip();
        if (hex.matches("#[0-9a-fA-F]{3}")) {
            hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
        }
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour " + value + " (use #rgb or #rrggbb)");
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, Math.round(opacity * 255));
    }

    private static AffineTransform transform(String value) {
        AffineTransform result = new AffineTransform();
        Matcher m = TRANSFORM.matcher(value);
        int at = 0;
        while (m.lookingAt()) {
            float[] args = numbers(m.group(2));
            if (args.length < 1 || args.length > 2) {
                throw new IllegalArgumentException("transform " + value);
            }
            if (m.group(1).equals("translate")) {
                result.translate(args[0], args.length > 1 ? args[1] : 0);
            } else {
                result.scale(args[0], args.length > 1 ? args[1] : args[0]);
            }
            at = m.end();
            m.region(at, value.length());
        }
        if (at < value.length()) {
            throw new IllegalArgumentException("transform " + value + " (translate and scale only)");
        }
        return result;
    }

    private static float opacity(String value) {
        return Math.max(0, Math.min(1, number(value, 1)));
    }

    private static double length(Element element, String name, double fallback) {
        String value = element.attributes().get(name);
        if (value == null) {
            return fallback;
        }
        return number(value.endsWith("px") ? value.substring(0, value.length() - 2) : value, -1);
    }

    private static float[] numbers(String list) {
        String trimmed = list.strip();
        if (trimmed.isEmpty()) {
            return new float[0];
        }
        String[] parts = trimmed.split("[\\s,]+");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(parts[i], Float.NaN);
        }
        return values;
    }

    private static float number(String value, float fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Float.parseFloat(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: \"" + value + "\"");
        }
    }
}
