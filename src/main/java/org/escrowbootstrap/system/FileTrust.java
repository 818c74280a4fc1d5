package org.escrowbootstrap.system;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a file or folder may be trusted by this process: whether only root (or this process's own user)
 * can change it or put another in its place.
 *
 * <p>The escrow runs as root with a user's password, so anything a user could swap would run or be written as root:
 * a {@code jamf} planted in a user-writable {@code /usr/local/bin}, a log file replaced by a link to
 * {@code /etc/sudoers}. A file is trusted when it is owned by root or by us and not writable by its group or others,
 * and so is every folder above it, up to {@code /}. A world-writable folder with the sticky bit ({@code /tmp}) is
 * allowed above a path, because there nobody may rename or delete an entry that is not theirs, and the entry below
 * it is checked in turn. Links are followed only to check their targets the same way.
 *
 * <p>Where the file system has no Unix owners (Windows, for the preview) there is nothing to check and everything
 * passes.
 */
public final class FileTrust {

    private static final int GROUP_OR_OTHER_WRITE = 0_022;
    private static final int STICKY = 0_1000;

    private final int ownUid;
    private final boolean unix;

    private FileTrust(int ownUid, boolean unix) {
        this.ownUid = ownUid;
        this.unix = unix;
    }

    /** Trust as this process sees it: root's and our own files (only root's, when we are root). */
    public static FileTrust forThisProcess() {
        return new FileTrust(currentUid(), unixFileSystem());
    }

    /** Trust as a process running as {@code uid} sees it; for tests. */
    static FileTrust forUid(int uid) {
        return new FileTrust(uid, unixFileSystem());
    }

    /** This process's user id, or -1 where it cannot be told (then only root's files are trusted). */
    public static int currentUid() {
        try {
            return (int) new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException e) {
            // Not a Unix JVM, or jdk.security.auth left out of a trimmed runtime.
            return "root".equals(System.getProperty("user.name")) ? 0 : -1;
        }
    }

    /** Why {@code file} (an executable, or a file we read) must not be trusted; empty when it may be. */
    public Optional<String> fileProblem(Path file) {
        return check(file, false);
    }

    /** Why {@code folder} (one we create files in) must not be trusted; empty when it may be. */
    public Optional<String> folderProblem(Path folder) {
        return check(folder, true);
    }

    private Optional<String> check(Path path, boolean folder) {
        if (!unix) {
            return Optional.empty();
        }
        Path absolute = path.toAbsolutePath().normalize();
        try {
            Optional<String> problem = checkChain(absolute, folder);
            if (problem.isPresent()) {
                return problem;
            }
            // A link anywhere on the way (macOS: /var -> /private/var) is judged by where it leads, too.
            Path real = absolute.toRealPath();
            return real.equals(absolute) ? Optional.empty() : checkChain(real, folder);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.of(absolute + " cannot be checked (" + e.getMessage() + ")");
        }
    }

    /** Checks {@code path} itself, then every folder above it; a link on the way is left to the real-path pass. */
    private Optional<String> checkChain(Path path, boolean folder) throws IOException {
        Map<String, Object> self = attributes(path);
        if (!Boolean.TRUE.equals(self.get("isSymbolicLink"))) {
            if (folder && !Boolean.TRUE.equals(self.get("isDirectory"))) {
                return Optional.of(path + " is not a folder");
            }
            Optional<String> problem = judge(path, self, false);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (Path above = path.getParent(); above != null; above = above.getParent()) {
            Map<String, Object> a = attributes(above);
            if (Boolean.TRUE.equals(a.get("isSymbolicLink"))) {
                continue;
            }
            Optional<String> problem = judge(above, a, true);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<String> judge(Path path, Map<String, Object> a, boolean above) {
        int uid = (Integer) a.get("uid");
        int mode = (Integer) a.get("mode");
        if (uid != 0 && uid != ownUid) {
            return Optional.of(path + " is owned by uid " + uid + ", not by root");
        }
        boolean writableByOthers = (mode & GROUP_OR_OTHER_WRITE) != 0;
        if (writableByOthers && !(above && (mode & STICKY) != 0)) {
            return Optional.of(
                    path + " can be changed by other users (mode " + Integer.toOctalString(mode & 0_7777) + ")");
        }
        return Optional.empty();
    }

    private static Map<String, Object> attributes(Path path) throws IOException {
        return Files.readAttributes(path, "unix:uid,mode,isSymbolicLink,isDirectory", LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean unixFileSystem() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    }
}
