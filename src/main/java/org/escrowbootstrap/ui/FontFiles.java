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
 * Registers Inter's faces with AWT from files on disk, read in place.
 *
 * <p>A font registered from a stream (what FlatLaf's own installer does with the faces inside our jar) is first
 * copied to a new temporary file, about 600 KB per face and six faces per start, which also seeds a secure random
 * number generator for the name; a process that is killed leaves those copies behind in the temporary folder. So
 * the faces are read from a folder instead: the packaged launcher ships them beside its jar and names that folder
 * in the system property {@value #DIRECTORY_PROPERTY}; a plain {@code java -jar} copies them once into the user's
 * cache folder. Whatever goes wrong there, the face comes from the jar as before: the dialog never fails for it.
 */
final class FontFiles {

    /** The folder that holds the faces as shipped (the packaged launcher sets it to {@code $APPDIR/fonts}). */
    static final String DIRECTORY_PROPERTY = "escrowbootstrap.fontdir";

    private static final String RESOURCES = "/com/formdev/flatlaf/fonts/inter/";

    private FontFiles() {}

    /** Registers one of {@link FlatInterFont}'s faces, e.g. {@link FlatInterFont#STYLE_REGULAR}. */
    static void install(String face) {
        Path file = locate(face);
        if (file != null) {
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return;
            } catch (FontFormatException | IOException | RuntimeException e) {
                // a damaged copy: the jar's own face below
            }
        }
        FlatInterFont.installStyle(face);
    }

    /** The face as a file: shipped beside the launcher, or copied into the cache once; null when neither works. */
    static Path locate(String face) {
        String shipped = System.getProperty(DIRECTORY_PROPERTY);
        if (shipped != null && !shipped.isBlank()) {
            Path file = Path.of(shipped, face);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
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
