package org.escrowbootstrap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The argv that starts this program again, in a child process (the UI session). */
final class SelfCommand {

    /**
     * Flags suited to a short-lived GUI process, as the packaged launcher's (packaging/launcher-jvm-options): C1 only
     * and the serial GC start fastest and use least memory, a small heap is plenty for one window, no hsperfdata
     * file, and the JVM's own warnings on stderr, because stdout carries the UI session's protocol.
     */
    static final List<String> CHILD_JVM_FLAGS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xmx128m",
            "-XX:-UsePerfData",
            "-Xlog:disable",
            "-Xlog:all=warning:stderr");

    private SelfCommand() {}

    /** This program with {@code arguments}: the packaged launcher when there is one, else java with our class path. */
    static List<String> argv(List<String> arguments) {
        List<String> argv = new ArrayList<>();
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            // jpackage's launcher carries its own runtime, class path and JVM options.
            argv.add(launcher);
        } else {
            argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            argv.addAll(CHILD_JVM_FLAGS);
            argv.add("-cp");
            argv.add(System.getProperty("java.class.path"));
            argv.add(org.escrowbootstrap.Main.class.getName());
        }
        argv.addAll(arguments);
        return List.copyOf(argv);
    }
}
