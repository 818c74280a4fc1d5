package org.escrowbootstrap.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts pty4j's native files for this platform in a folder of root's, once, and points pty4j at it.
 *
 * <p>Left to itself pty4j unpacks its library (and on macOS a spawn helper it executes) into a new {@code pty4j-*}
 * folder in {@code /tmp} on every run, and leaves it there: it asks the JVM to delete the folder at exit, which
 * cannot delete a folder that still holds files. A root process should also load and run native code only from a
 * folder nobody else can change.
 */
public final class PtyNative {

    /** The system property pty4j reads for a folder laid out as its jar's {@code resources/com/pty4j/native}. */
    static final String PROPERTY = "pty4j.preferred.native.folder";

    private static final String RESOURCES = "/resources/com/pty4j/native/";
    private static final List<String> FILES = List.of("libpty.so", "libpty.dylib", "pty4j-unix-spawn-helper");

    private PtyNative() {}

    /**
     * Copies the files into {@code folder} (kept while they match, replaced atomically when not) and makes pty4j use
     * them; empty when done, else why not, in which case pty4j unpacks its own copy as before.
     */
    public static synchronized Optional<String> install(Path folder) {
        Optional<String> platform = platformFolder();
        if (platform.isEmpty()) {
            return Optional.of("no native files of pty4j for this platform");
        }
        try {
            SafeFiles files = SafeFiles.forThisProcess();
            Path target = files.folder(folder.resolve(platform.get()));
            int copied = 0;
            for (String name : FILES) {
                byte[] wanted = resource(platform.get() + "/" + name);
                if (wanted != null) {
                    keep(files, target.resolve(name), wanted);
                    copied++;
                }
            }
            if (copied == 0) {
                return Optional.of("pty4j has no native files for " + platform.get());
            }
            System.setProperty(PROPERTY, folder.toAbsolutePath().toString());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot use " + folder + " (" + e.getMessage() + ")");
        }
    }

    /** pty4j's folder for this OS and processor, e.g. {@code linux/x86-64}, or {@code darwin} (universal). */
    static Optional<String> platformFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Optional.of("darwin");
        }
        if (os.startsWith("linux")) {
            return switch (arch) {
                case "amd64", "x86_64" -> Optional.of("linux/x86-64");
                case "aarch64", "arm64" -> Optional.of("linux/aarch64");
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static void keep(SafeFiles files, Path file, byte[] wanted) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Optional<byte[]> there = files.read(file, wanted.length + 1);
            if (there.isPresent() && Arrays.equals(there.get(), wanted)) {
                return;
            }
        }
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        try (FileChannel out = files.open(fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(wanted);
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = com.pty4j.PtyProcess.class.getResourceAsStream(RESOURCES + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
