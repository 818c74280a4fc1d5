package org.escrowbootstrap.workflow;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.escrowbootstrap.config.EscrowConfig;
import org.escrowbootstrap.config.EscrowConfigKey;
import org.escrowbootstrap.system.SafeFiles;

/**
 * The workflow's log: timestamped lines on stdout (Jamf keeps them in the policy log) and in the log file.
 *
 * <p>A log file that cannot be opened or written costs one warning on stdout, then the log goes on with stdout
 * alone: logging must never stop an escrow. Lines are one line each (embedded newlines are flattened), so a
 * tool's multi-line text cannot forge log lines. Nothing that reaches it may contain a secret; the workflow only
 * ever passes user names, outcomes and tool texts. Safe to use from several threads (the shutdown hook logs).
 */
public final class EscrowLog implements AutoCloseable {

    /** How serious a line is. */
    public enum Level {
        INFO,
        WARN,
        ERROR
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final PrintStream stdout;
    private final Clock clock;
    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private Writer writer;
    private boolean fileFailed;

    private EscrowLog(PrintStream stdout, Path file, Clock clock) {
        this.stdout = stdout;
        this.file = file;
        this.clock = clock;
    }

    /** Logs to {@code stdout} and appends to {@code file} (its folder is created when missing). */
    public static EscrowLog open(PrintStream stdout, Path file, Clock clock) {
        EscrowLog log = new EscrowLog(stdout, file, clock);
        log.openFile();
        return log;
    }

    /** Logs to {@code stdout} and to the config's {@code paths.logFile}, under the host's sysroot if it has one. */
    public static EscrowLog forConfig(EscrowConfig config, Host host, PrintStream stdout, Clock clock) {
        return open(stdout, host.resolve(config.text(EscrowConfigKey.LOG_FILE)), clock);
    }

    /** Logs to {@code stdout} only. */
    public static EscrowLog stdoutOnly(PrintStream stdout, Clock clock) {
        return new EscrowLog(stdout, null, clock);
    }

    public void info(String message) {
        write(Level.INFO, message);
    }

    public void warn(String message) {
        write(Level.WARN, message);
    }

    public void error(String message) {
        write(Level.ERROR, message);
    }

    /** Writes one line: {@code 2026-11-28 09:41:07 [escrow] INFO  message}. */
    public synchronized void write(Level level, String message) {
        String line = STAMP.format(ZonedDateTime.now(clock)) + " [escrow] " + pad(level) + " " + flatten(message);
        lines.add(line);
        stdout.println(line);
        stdout.flush();
        if (writer != null) {
            try {
                writer.write(line);
                writer.write('\n');
                writer.flush();
            } catch (IOException e) {
                fileUnusable("cannot write to the log file " + file + " (" + e.getMessage() + ")");
            }
        }
    }

    /** Every line written so far, as written. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The log file, when one is being written. */
    public synchronized boolean writesFile() {
        return writer != null;
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // Everything was flushed line by line; nothing is lost.
            }
            writer = null;
        }
    }

    private void openFile() {
        if (file == null) {
            return;
        }
        try {
            // Root appends here: the folder must be root's and a link at the name is refused, or a user could make
            // the log overwrite any file.
            writer = Channels.newWriter(
                    SafeFiles.forThisProcess().open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    StandardCharsets.UTF_8);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            fileUnusable("cannot open the log file " + file + " (" + e.getMessage() + ")");
        }
    }

    private void fileUnusable(String why) {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // Already broken.
            }
            writer = null;
        }
        if (!fileFailed) {
            fileFailed = true;
            write(Level.WARN, why + "; logging to stdout only");
        }
    }

    private static String pad(Level level) {
        return String.format(Locale.ROOT, "%-5s", level.name());
    }

    private static String flatten(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().replace("\r\n", " | ").replace('\r', ' ').replace("\n", " | ");
    }
}
