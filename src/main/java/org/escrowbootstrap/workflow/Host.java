package org.escrowbootstrap.workflow;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.system.FileTrust;

/**
 * Facts about the machine the workflow runs on that it cannot ask {@code MacSystem}: injected so tests vary them.
 *
 * @param root the process runs as root (Jamf runs policies as root)
 * @param macOS the OS is macOS
 * @param sysroot a folder standing in for {@code /} (tests, {@code --sysroot}); absolute config paths such as the
 *     log file and the run directory are resolved under it
 */
public record Host(boolean root, boolean macOS, Optional<Path> sysroot) {

    public Host {
        sysroot = sysroot == null ? Optional.empty() : sysroot;
    }

    /** The machine this JVM runs on, with an optional sysroot. */
    public static Host detect(Optional<Path> sysroot) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return new Host(isRootProcess(), os.startsWith("mac"), sysroot);
    }

    /** A stand-in for the preview on any OS: root, with {@code folder} as the file system root. */
    public static Host simulated(Path folder) {
        return new Host(true, false, Optional.of(folder));
    }

    /** Whether the escrow may run: as root, on macOS or against a sysroot. */
    public boolean canRun() {
        return root && (macOS || sysroot.isPresent());
    }

    /** Resolves an absolute macOS path under the sysroot, or returns it as is. */
    public Path resolve(String absolutePath) {
        Path path = Path.of(absolutePath);
        if (sysroot.isEmpty()) {
            return path;
        }
        Path relative = path.getRoot() == null ? path : path.getRoot().relativize(path);
        return sysroot.get().resolve(relative);
    }

    private static boolean isRootProcess() {
        return FileTrust.currentUid() == 0;
    }
}
