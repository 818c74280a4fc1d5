package org.escrowbootstrap.ui;

import java.awt.Font;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Adds a font file to AWT's own table of installed fonts, where it keeps the faces of the Java runtime's
 * {@code lib/fonts}, when the JDK lets us: the executable jar's manifest exports {@code java.desktop/sun.font} to it
 * ({@code Add-Exports}, which {@code java -jar} honours). AWT then finds the face by its name at once.
 *
 * <p>The public way, {@link java.awt.GraphicsEnvironment#registerFont}, first lists and opens every font installed
 * on the system, to refuse a name one of them has: 45–60 ms of the fonts thread here, on the way to the first
 * screen (the theme waits for Inter), and more on a Mac with hundreds of fonts. Where the export is missing (the
 * classes run from a class path, another JDK), or the face is not found by its name afterwards, the caller
 * registers it the public way: this is a shortcut, never a requirement.
 */
final class InstalledFaces {

    private static final Table TABLE = Table.open();

    private InstalledFaces() {}

    /**
     * Adds the face in {@code file}, read as {@code font}, to AWT's installed fonts; true when AWT now finds its
     * family by name, false when the caller should register it instead.
     */
    static boolean add(Path file, Font font) {
        if (TABLE == null) {
            return false;
        }
        try {
            // drawn by the JDK's own rasteriser, as a registered font and the runtime's own faces are
            if (TABLE.register.invoke(TABLE.manager, file.toString(), null, TABLE.format, true, TABLE.rank) == null) {
                return false;
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
        String family = font.getFamily(Locale.ROOT);
        return family.equals(new Font(family, Font.PLAIN, 1).getFamily(Locale.ROOT));
    }

    /** {@code SunFontManager.registerFontFile} and what it needs, looked up once. */
    private record Table(Object manager, Method register, int format, int rank) {

        static Table open() {
            try {
                Class<?> type = Class.forName("sun.font.SunFontManager");
                Object manager = type.getMethod("getInstance").invoke(null);
                Method register = type.getMethod(
                        "registerFontFile", String.class, String[].class, int.class, boolean.class, int.class);
                int format = type.getField("FONTFORMAT_TRUETYPE").getInt(null);
                // the rank of a font found on the system, below the runtime's own faces
                int rank = Class.forName("sun.font.Font2D").getField("TTF_RANK").getInt(null);
                return new Table(manager, register, format, rank);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null; // not exported to us, or another JDK: the public way
            }
        }
    }
}
