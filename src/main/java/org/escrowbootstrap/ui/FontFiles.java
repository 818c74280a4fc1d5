package org.escrowbootstrap.ui;

import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Makes Inter's faces known to AWT by name, registering them from files on disk, read in place.
 *
 * <p>The packaged app's Java runtime ships the faces in its own {@code lib/fonts}, which AWT knows by name without
 * any registering: it opens such a face the first time a font of its name is asked for. Registering a font instead
 * makes AWT first list and open every font installed on the system (to refuse a name that one of them has), about
 * 50 ms and 4 MB here and more on a Mac with hundreds of fonts. Whether AWT really serves Inter from there is
 * asked once, by name; where it did not, the runtime's faces are registered rather than the dialog fall back to
 * another font (the packaged app's jar holds no faces of its own: they are in the app once, in the runtime).
 *
 * <p>Elsewhere (a plain {@code java -jar}) the faces are added to AWT's installed fonts from files, as the
 * runtime's are ({@link InstalledFaces}), or registered where AWT does not let us. A font registered from a stream
 * (what FlatLaf's own installer does with the faces inside our jar) is first copied to a new temporary file, about
 * 600 KB per face and six faces per start, which also seeds a secure random number generator for the name; a
 * process that is killed leaves those copies behind in the temporary folder. So the faces are copied once into the
 * user's cache folder and read from there. Whatever goes wrong there, the face comes from the jar as before: the dialog
 * never fails for it.
 */
final class FontFiles {

    private static final String RESOURCES = "/com/formdev/flatlaf/fonts/inter/";
    private static Boolean runtimeServesInter;

    private FontFiles() {}

    /**
     * Makes one of {@link FlatInterFont}'s faces, e.g. {@link FlatInterFont#STYLE_REGULAR}, known to AWT: nothing
     * to do when the Java runtime ships it and AWT finds Inter there, else it is registered.
     */
    static void install(String face) {
        Path shipped = inRuntime(face);
        if (shipped != null && runtimeServesInter()) {
            return;
        }
        // The packaged app's jar holds no faces (packaging/build-image.sh leaves them in the runtime only), so
        // where AWT does not serve the runtime's faces by name, they are registered from there.
        if (shipped != null && register(shipped, face)) {
            return;
        }
        Path file = locate(face);
        if (file != null && register(file, face)) {
            return;
        }
        if (FlatInterFont.class.getResource(RESOURCES + face) != null) {
            FlatInterFont.installStyle(face);
        }
    }

    /**
     * Makes the face in {@code file} known to AWT when it is the face its name says (Inter-BoldItalic.otf holds
     * "Inter Bold Italic"): added to AWT's installed fonts where it lets us ({@link InstalledFaces}), else
     * registered; false for a damaged file or another face.
     */
    private static boolean register(Path file, String face) {
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            String name = font.getFontName(Locale.ROOT).replace(" ", "");
            if (!name.equals(face.replace(".otf", "").replace("-", ""))) {
                return false;
            }
            if (!InstalledFaces.add(file, font)) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            }
            return true;
        } catch (FontFormatException | IOException | RuntimeException e) {
            return false; // a damaged copy: the next source of the face
        }
    }

    /**
     * The face in the Java runtime's own font folder (packaging/build-image.sh puts it there), or null when the
     * runtime does not ship it.
     */
    private static Path inRuntime(String face) {
        Path file = Path.of(System.getProperty("java.home"), "lib", "fonts", face);
        return Files.isRegularFile(file) ? file : null;
    }

    /**
     * Whether AWT finds Inter by name without our registering it, asked once; asking opens the regular face, which
     * the first text would do anyway. A name AWT does not know gives its "Dialog" font.
     */
    private static synchronized boolean runtimeServesInter() {
        if (runtimeServesInter == null) {
            Font inter = new Font(FlatInterFont.FAMILY, Font.PLAIN, 1);
            runtimeServesInter = FlatInterFont.FAMILY.equals(inter.getFamily(Locale.ROOT));
        }
        return runtimeServesInter;
    }

    /** The face as a file, copied into the cache once; null when that does not work. */
    private static Path locate(String face) {
        Path cache = cacheFolder();
        return cache == null ? null : cached(face, cache);
    }

    /**
     * The face in {@code folder}, copied there from the jar when it is missing. Its size goes into the name, so a
     * newer Inter in a newer jar gets a file of its own; the copy is written under a temporary name and moved into
     * place, so two dialogs starting at once never read half a file.
     */
    static Path cached(String face, Path folder) {
        URL resource = FlatInterFont.class.getResource(RESOURCES + face);
        if (resource == null) {
            return null;
        }
        try {
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            Path file = folder.resolve(face.replace(".otf", "-" + size + ".otf"));
            if (size > 0 && Files.isRegularFile(file) && Files.size(file) == size) {
                return file;
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".inter-", ".partial");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            return null; // a read-only or full home folder: the jar's own face
        }
    }

    /** The user's cache folder for our fonts, by each system's convention; null without a home folder. */
    private static Path cacheFolder() {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("mac")) {
            base = Path.of(home, "Library", "Caches", "org.escrowbootstrap");
        } else if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            base = Path.of(local != null && !local.isBlank() ? local : home, "EscrowBootstrap", "Cache");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = xdg != null && xdg.startsWith("/")
                    ? Path.of(xdg, "escrow-bootstrap")
                    : Path.of(home, ".cache", "escrow-bootstrap");
        }
        return base.resolve("fonts");
    }
}
