package org.escrowbootstrap.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Opens the files a root process writes (log, lock, elevation marker) so that no user can redirect them.
 *
 * <p>The folder must be trusted ({@link FileTrust}: root's, not writable by anyone else, nor any folder above it),
 * links are never followed when opening, and the file opened must be a plain file of root's (or ours). Failures are
 * {@link IOException}s whose message says what is wrong, for the log.
 */
public final class SafeFiles {

    private final FileTrust trust;

    public SafeFiles(FileTrust trust) {
        this.trust = trust;
    }

    /** Files as this process may trust them: root's (as root). */
    public static SafeFiles forThisProcess() {
        return new SafeFiles(FileTrust.forThisProcess());
    }

    /** Creates {@code folder} when missing (readable by all, writable by us alone) and checks it may be trusted. */
    public Path folder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            Files.createDirectories(absolute, permissions("rwxr-xr-x"));
        }
        Optional<String> problem = trust.folderProblem(absolute);
        if (problem.isPresent()) {
            throw new IOException("refusing the folder " + absolute + ": " + problem.get());
        }
        return absolute;
    }

    /**
     * Opens {@code file} inside a trusted folder without following a link at its name; a file that is not a plain
     * file of root's is refused.
     */
    public FileChannel open(Path file, OpenOption... options) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        folder(absolute.getParent());
        Set<OpenOption> all = new HashSet<>(Arrays.asList(options));
        all.add(LinkOption.NOFOLLOW_LINKS);
        FileChannel channel;
        try {
            channel = FileChannel.open(absolute, all, permissions("rw-r--r--"));
        } catch (IOException e) {
            // ELOOP is how the OS says "that name is a link": say so rather than "too many levels of links".
            if (Files.isSymbolicLink(absolute)) {
                throw new IOException("refusing " + absolute + ": it is a symbolic link", e);
            }
            throw e;
        }
        try {
            if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("refusing " + absolute + ": it is not a plain file");
            }
            Optional<String> problem = trust.fileProblem(absolute);
            if (problem.isPresent()) {
                throw new IOException("refusing " + absolute + ": " + problem.get());
            }
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The first {@code maxBytes} bytes of {@code file} (opened as {@link #open} does), or empty when it is absent. */
    public Optional<byte[]> read(Path file, int maxBytes) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (FileChannel channel = open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(maxBytes);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // keep reading up to the cap
            }
            return Optional.of(Arrays.copyOf(buffer.array(), buffer.position()));
        }
    }

    /** Explicit modes, so a careless umask (0) cannot make what we create writable by others. */
    private static FileAttribute<?>[] permissions(String mode) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))};
    }
}
