package org.escrowbootstrap.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.Main;
import org.escrowbootstrap.system.FakeSysroot;

/**
 * Stand-ins for the packaged launcher, put where the pkg installs it on a Mac, under a fake sysroot: the Jamf
 * scripts find them there when {@code ESCROW_BOOTSTRAP_TEST_SYSROOT} names that sysroot. They let the scripts be
 * tested without building the runtime image.
 */
final class StandInApp {

    /** The launcher's path on a Mac, relative to {@code /}; the Jamf scripts name the same path. */
    static final String LAUNCHER =
            "Library/Application Support/EscrowBootstrap/escrow-bootstrap.app/Contents/MacOS/escrow-bootstrap";

    /** The variable the Jamf scripts read, for tests only. */
    static final String SYSROOT_VARIABLE = "ESCROW_BOOTSTRAP_TEST_SYSROOT";

    private StandInApp() {}

    /** A launcher that runs our classes on the test JVM, as the packaged one runs them on its own runtime. */
    static Path ourClasses(FakeSysroot mac) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return write(
                mac,
                "# Test stand-in for the packaged launcher: our classes on the test JVM.\n"
                        + "exec " + quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "
                        + quote(System.getProperty("java.class.path")) + " "
                        + Main.class.getName() + " \"$@\"\n");
    }

    /** A launcher that writes its arguments, NUL-terminated, to {@code argvFile} and exits with {@code exitCode}. */
    static Path recorder(FakeSysroot mac, Path argvFile, int exitCode) {
        return write(
                mac,
                "for arg in \"$@\"; do printf '%s\\000' \"$arg\"; done >" + quote(argvFile.toString()) + "\n" + "exit "
                        + exitCode + "\n");
    }

    /** A launcher whose runtime cannot start: a message on stdout and stderr, exit 1. */
    static Path broken(FakeSysroot mac) {
        return write(
                mac, "echo 'Error: could not find libjvm.so'\necho 'Error: could not find libjvm.so' >&2\nexit 1\n");
    }

    /** The arguments a {@link #recorder} was given. */
    static List<String> recorded(Path argvFile) {
        try {
            String all = Files.readString(argvFile, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>();
            int start = 0;
            for (int nul = all.indexOf('\0'); nul >= 0; nul = all.indexOf('\0', start)) {
                args.add(all.substring(start, nul));
                start = nul + 1;
            }
            return List.copyOf(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(FakeSysroot mac, String body) {
        Path launcher = mac.root().resolve(LAUNCHER);
        try {
            Files.createDirectories(launcher.getParent());
            Files.writeString(launcher, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launcher;
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
