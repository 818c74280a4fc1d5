package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The SF Symbol names Escrow Bootstrap draws a look-alike for, and the nearest of them for any other name.
 *
 * <p>A plain list rather than a scan of the picture folder: the first screen asks for one or two symbols, and
 * knowing the names must not cost a directory listing (nor work inside a packaged jar). {@code SymbolsTest} checks
 * the list against the files. The names came from public Mac admin scripts (see {@code bench/sf-symbols-seen.md}).
 */
public final class SfSymbols {

    /** The symbol drawn when no shipped name shares a family with the one asked for. */
    public static final String GENERIC = "generic";

    /** Names with a picture file of their own ({@code symbols/<name>.svg}). */
    private static final List<String> FILES = List.of(
            "app.badge",
            "applelogo",
            "arrow.clockwise",
            "arrow.down",
            "arrow.right",
            "arrow.triangle.2.circlepath",
            "arrow.up",
            "arrow.up.left.and.arrow.down.right",
            "battery.100",
            "battery.100.bolt",
            "battery.25",
            "batteryblock",
            "bell",
            "bell.badge",
            "bolt",
            "calendar",
            "checklist",
            "checkmark",
            "checkmark.circle.fill",
            "checkmark.seal.fill",
            "checkmark.shield.fill",
            "clock",
            "cpu",
            "desktopcomputer",
            "desktopcomputer.and.arrow.down",
            "desktopcomputer.and.macbook",
            "display",
            "doc",
            "doc.text",
            "dock.rectangle",
            "dot.radiowaves.left.and.right",
            "envelope",
            "exclamationmark",
            "exclamationmark.circle.fill",
            "exclamationmark.octagon.fill",
            "exclamationmark.triangle.fill",
            "externaldrive.fill",
            "firewall.fill",
            "folder",
            "gauge.with.dots.needle.67percent",
            "gear",
            "gearshape.fill",
            "globe",
            "hammer",
            "hourglass",
            "house",
            "icloud",
            "icloud.and.arrow.down",
            "icloud.and.arrow.up",
            "info.circle.fill",
            "key.fill",
            "laptopcomputer",
            "laptopcomputer.and.arrow.down",
            "list.bullet",
            "list.bullet.clipboard",
            "lock.fill",
            "lock.open",
            "lock.shield.fill",
            "macbook",
            "magnifyingglass",
            "mail.and.text.magnifyingglass",
            "network",
            "paintpalette",
            "pencil.and.list.clipboard",
            "person.2.fill",
            "person.3.fill",
            "person.crop.circle.fill",
            "person.fill",
            "plus",
            "power",
            "printer",
            "questionmark",
            "questionmark.circle.fill",
            "rectangle.center.inset.filled",
            "shield",
            "shield.checkered",
            "shippingbox",
            "sparkles",
            "square.and.arrow.down",
            "star",
            "stopwatch",
            "tag",
            "terminal",
            "text.alignright",
            "text.cursor",
            "textformat.size",
            "touchid",
            "trash",
            "wifi",
            "wrench",
            "wrench.and.screwdriver.fill",
            "xmark",
            "xmark.circle.fill",
            "xmark.octagon.fill");

    /**
     * Glyphs also drawn inside an outline or filled circle and rounded square, as SF Symbols offers most of them:
     * {@code <glyph>.circle}, {@code .circle.fill}, {@code .square} and {@code .square.fill}.
     */
    private static final List<String> ENCLOSED = List.of(
            "arrow.clockwise",
            "arrow.down",
            "arrow.right",
            "arrow.up",
            "bolt",
            "checkmark",
            "exclamationmark",
            "gear",
            "hammer",
            "lock.fill",
            "magnifyingglass",
            "person.fill",
            "plus",
            "power",
            "questionmark",
            "trash",
            "xmark");

    /** The frames a glyph in {@link #ENCLOSED} is drawn in. */
    private static final List<String> ENCLOSURES = List.of(".circle.fill", ".square.fill", ".circle", ".square");

    /** Other spellings SF Symbols has for a picture we draw under one name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("apple.logo", "applelogo"),
            Map.entry("apple.terminal", "terminal"),
            Map.entry("arrow.down.app", "arrow.down.square"),
            Map.entry("arrow.down.app.fill", "arrow.down.square.fill"),
            Map.entry("arrow.trianglehead.2.clockwise", "arrow.triangle.2.circlepath"),
            Map.entry("battery.100percent", "battery.100"),
            Map.entry("battery.100percent.bolt", "battery.100.bolt"),
            Map.entry("gauge", "gauge.with.dots.needle.67percent"),
            Map.entry("minus.plus.batteryblock", "batteryblock"),
            Map.entry("xmark.app", "xmark.square"),
            Map.entry("xmark.app.fill", "xmark.square.fill"));

    /** Every name drawn as itself, in alphabetical order: {@code dialog --help icon}'s list. */
    public static final SortedSet<String> SHIPPED = shipped();

    private SfSymbols() {}

    /** How a requested name is drawn: with which shipped picture, and whether that is the name itself. */
    public record Match(String drawn, boolean exact) {}

    /**
     * The shipped symbol for {@code name}: the name itself or its {@code .fill} twin (exact); else the nearest
     * family, dropping dot-separated parts from the end ({@code laptopcomputer.and.arrow.down.badge} ->
     * {@code laptopcomputer.and.arrow.down}, {@code externaldrive.badge.xmark} -> {@code externaldrive.fill});
     * else {@link #GENERIC}.
     */
    public static Match match(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        String exact = itselfOrTwin(key);
        if (exact != null) {
            return new Match(exact, true);
        }
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            String family = itselfOrTwin(key.substring(0, dot));
            if (family != null) {
                return new Match(family, false);
            }
        }
        return new Match(GENERIC, false);
    }

    /** Whether {@code name} has a picture file of its own rather than being a glyph in an enclosure. */
    public static boolean hasFile(String name) {
        return FILES.contains(name);
    }

    /** A glyph drawn in a frame: {@code trash.circle.fill} is the glyph {@code trash} in {@code .circle.fill}. */
    public record Enclosure(String glyph, String frame) {}

    /** How an enclosed name is drawn, or empty when the name is not a glyph in a frame. */
    public static Optional<Enclosure> enclosure(String name) {
        for (String frame : ENCLOSURES) {
            if (name.endsWith(frame)) {
                String glyph = name.substring(0, name.length() - frame.length());
                if (ENCLOSED.contains(glyph)) {
                    return Optional.of(new Enclosure(glyph, frame));
                }
                if (ENCLOSED.contains(glyph + ".fill")) {
                    return Optional.of(new Enclosure(glyph + ".fill", frame));
                }
            }
        }
        return Optional.empty();
    }

    /** The picture an alias stands for, or the name itself. */
    public static String unalias(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    private static String itselfOrTwin(String key) {
        if (SHIPPED.contains(key)) {
            return key;
        }
        String twin = key.endsWith(".fill") ? key.substring(0, key.length() - 5) : key + ".fill";
        return SHIPPED.contains(twin) ? twin : null;
    }

    private static SortedSet<String> shipped() {
        List<String> names = new ArrayList<>(FILES);
        names.addAll(ALIASES.keySet());
        for (String glyph : ENCLOSED) {
            String bare = glyph.endsWith(".fill") ? glyph.substring(0, glyph.length() - 5) : glyph;
            for (String suffix : ENCLOSURES) {
                if (!FILES.contains(bare + suffix)) {
                    names.add(bare + suffix);
                }
            }
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }
}
