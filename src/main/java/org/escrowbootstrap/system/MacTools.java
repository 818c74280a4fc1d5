package org.escrowbootstrap.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** The macOS tools {@link RealMac} uses, each found by its absolute path under a sysroot, and how to run them. */
final class MacTools {

    static final String SCUTIL = "/usr/sbin/scutil";
    static final String DSCL = "/usr/bin/dscl";
    static final String DSEDITGROUP = "/usr/sbin/dseditgroup";
    static final String FDESETUP = "/usr/bin/fdesetup";
    static final String SYSADMINCTL = "/usr/sbin/sysadminctl";
    static final String PROFILES = "/usr/bin/profiles";
    static final String SYSCTL = "/usr/sbin/sysctl";
    static final String IOREG = "/usr/sbin/ioreg";
    static final String SW_VERS = "/usr/bin/sw_vers";
    static final String DF = "/bin/df";
    static final String HOSTNAME = "/bin/hostname";
    static final String JAMF = "/usr/local/jamf/bin/jamf";
    static final String JAMF_LINK = "/usr/local/bin/jamf";
    static final String LAUNCHCTL = "/bin/launchctl";
    static final String SUDO = "/usr/bin/sudo";

    private final Path sysroot;
    private final Timeouts timeouts;
    private final CommandRunner runner;

    MacTools(Path sysroot, Timeouts timeouts, CommandRunner runner) {
        if (sysroot == null || timeouts == null) {
            throw new IllegalArgumentException("sysroot and timeouts must not be null");
        }
        this.sysroot = sysroot.toAbsolutePath(); // e.g. a relative --sysroot
        this.timeouts = timeouts;
        this.runner = runner;
    }

    Timeouts timeouts() {
        return timeouts;
    }

    /** The root every macOS path is found under: {@code /} on a Mac. */
    Path sysroot() {
        return sysroot;
    }

    /** Where the tool with macOS path {@code macPath} lives under the sysroot. */
    Path path(String macPath) {
        return sysroot.resolve(macPath.substring(1));
    }

    boolean exists(String macPath) {
        return Files.exists(path(macPath));
    }

    Command command(String macPath, Duration timeout, String... args) {
        return new Command(macPath, path(macPath), List.of(args), null, timeout);
    }

    /** Runs a question with the query timeout. */
    Result<ProcessOutput> query(String macPath, String... args) {
        return runner.run(command(macPath, timeouts.query(), args));
    }

    /** Runs a question with {@code input} on its standard input. */
    Result<ProcessOutput> queryWithInput(String macPath, String input, String... args) {
        return runner.run(command(macPath, timeouts.query(), args).withInput(input));
    }

    Result<ProcessOutput> run(Command command) {
        return runner.run(command);
    }

    Result<ProcessOutput> converse(String macPath, Duration timeout, List<Exchange> exchanges, String... args) {
        return runner.converse(command(macPath, timeout, args), exchanges);
    }

    /** Feeds a finished run to {@code parse}; a run that failed stays that failure. */
    static <T> Result<T> then(Result<ProcessOutput> run, Function<ProcessOutput, Result<T>> parse) {
        if (run instanceof Result.Ok<ProcessOutput> ok) {
            return parse.apply(ok.value());
        }
        return Result.failed(((Result.Failed<ProcessOutput>) run).failure());
    }
}
