package org.escrowbootstrap.config.dialog;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.Notification;

/**
 * What a {@code dialog} command line asks for: a dialog to show (or to draw into a PNG), or an early exit.
 *
 * @param spec the dialog; null exactly when {@code earlyExit} is present
 * @param screenshot draw the dialog into this PNG without a window, then exit 0 ({@code --screenshot})
 * @param warnings one line per problem in the input, without a prefix; the dialog was built despite them
 * @param earlyExit the program ends without a dialog: {@code --help}, {@code --version}, or unusable JSON
 * @param commandFile the command file given ({@code --commandfile}, JSON {@code commandfile}); empty means
 *     swiftDialog's default, {@link #DEFAULT_COMMAND_FILE}
 * @param notification post this notification instead of showing the dialog ({@code --notification}); with
 *     {@code screenshot}, draw it as a banner into the PNG
 */
public record DialogRequest(
        DialogSpec spec,
        Optional<Path> screenshot,
        List<String> warnings,
        Optional<EarlyExit> earlyExit,
        Optional<Path> commandFile,
        Optional<Notification> notification) {

    /** swiftDialog's command file when none is given: followed by every dialog, as swiftDialog's is. */
    public static final Path DEFAULT_COMMAND_FILE = Path.of("/var/tmp/dialog.log");

    /**
     * The program ends at once with this code, printing these texts as they are (each ends with a newline or is
     * empty).
     */
    public record EarlyExit(int exitCode, String stdout, String stderr) {
        public EarlyExit {
            if (stdout == null || stderr == null) {
                throw new IllegalArgumentException("stdout and stderr must not be null");
            }
        }
    }

    /** A request without a command file of its own. */
    public DialogRequest(
            DialogSpec spec, Optional<Path> screenshot, List<String> warnings, Optional<EarlyExit> earlyExit) {
        this(spec, screenshot, warnings, earlyExit, Optional.empty());
    }

    /** A request for a dialog, not a notification. */
    public DialogRequest(
            DialogSpec spec,
            Optional<Path> screenshot,
            List<String> warnings,
            Optional<EarlyExit> earlyExit,
            Optional<Path> commandFile) {
        this(spec, screenshot, warnings, earlyExit, commandFile, Optional.empty());
    }

    public DialogRequest {
        commandFile = commandFile == null ? Optional.empty() : commandFile;
        notification = notification == null ? Optional.empty() : notification;
        screenshot = screenshot == null ? Optional.empty() : screenshot;
        earlyExit = earlyExit == null ? Optional.empty() : earlyExit;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if ((spec == null) == earlyExit.isEmpty()) {
            throw new IllegalArgumentException("a request has either a spec or an early exit");
        }
    }

    static DialogRequest show(
            DialogSpec spec, Optional<Path> screenshot, List<String> warnings, Optional<Path> commandFile) {
        return new DialogRequest(spec, screenshot, warnings, Optional.empty(), commandFile);
    }

    static DialogRequest notify(
            DialogSpec spec, Notification notification, Optional<Path> screenshot, List<String> warnings) {
        return new DialogRequest(
                spec, screenshot, warnings, Optional.empty(), Optional.empty(), Optional.of(notification));
    }

    /** The file to follow: the one given, or swiftDialog's default. */
    public Path commandFileToFollow() {
        return commandFile.orElse(DEFAULT_COMMAND_FILE);
    }

    static DialogRequest exit(int exitCode, String stdout, String stderr, List<String> warnings) {
        return new DialogRequest(
                null, Optional.empty(), warnings, Optional.of(new EarlyExit(exitCode, stdout, stderr)));
    }

    /** Prints each warning as {@code escrow-bootstrap: warning: …}, one per line. */
    public void printWarnings(PrintStream err) {
        for (String warning : warnings) {
            err.println("escrow-bootstrap: warning: " + warning);
        }
    }
}
