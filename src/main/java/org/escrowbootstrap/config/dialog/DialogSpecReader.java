package org.escrowbootstrap.config.dialog;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Notification;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.Templates;

/**
 * Turns the {@code dialog} mode's arguments (swiftDialog options, JSON input) into a {@link DialogRequest}.
 *
 * <p>Order of work: the command line; {@code --help} and {@code --version}; JSON input laid over the command line;
 * template variables in every text; the spec. Bad input never throws: it becomes a warning, or an early exit with
 * swiftDialog's exit code when nothing sensible can be shown (unreadable or malformed JSON: 202). Nothing is read
 * from disk or network unless an option asks for it.
 */
public final class DialogSpecReader {

    private final MarkdownSource markdown;

    private DialogSpecReader(Duration timeout) {
        this.markdown = new MarkdownSource(timeout);
    }

    /**
     * Reads the arguments that follow {@code dialog} on the command line.
     *
     * @param args the swiftDialog options, as the shell passed them
     * @param variables values for {@code {serialnumber}} and the like; only looked up when a text uses one
     */
    public static DialogRequest read(List<String> args, TemplateVariables variables) {
        return new DialogSpecReader(MarkdownSource.DEFAULT_TIMEOUT).readArguments(args, variables);
    }

    /**
     * Whether these arguments may put a window on screen: false when they ask for help, the version, a
     * screenshot (which renders headless) or a notification, or are empty. Looks only at the tokens, without reading anything, so the
     * caller can start loading the window's machinery while the arguments are read properly.
     */
    public static boolean mayShowWindow(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String token : args) {
            Optional<DialogOption> option = DialogOption.byToken(token);
            if (option.isPresent()
                    && (option.get() == DialogOption.SCREENSHOT
                            || option.get() == DialogOption.HELP
                            || option.get() == DialogOption.VERSION
                            || option.get() == DialogOption.NOTIFICATION)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code args} ask for a {@code --screenshot}, decided exactly as {@link #read} decides it (so the caller
     * can settle headless mode and start loading the renderer's machinery while the arguments are read properly).
     */
    public static boolean rendersScreenshot(String[] args) {
        List<String> ignored = new ArrayList<>();
        DialogArguments commandLine = DialogCommandLine.parse(List.of(args), ignored);
        return !commandLine.has(DialogOption.HELP)
                && !commandLine.has(DialogOption.VERSION)
                && screenshot(commandLine, ignored).isPresent();
    }

    /** As {@link #read(List, TemplateVariables)}, for the array {@code main} receives. */
    public static DialogRequest read(String[] args, TemplateVariables variables) {
        return read(List.of(args), variables);
    }

    /** As {@link #read(List, TemplateVariables)}, with a different time limit for {@code .md} URLs (tests). */
    static DialogRequest read(List<String> args, TemplateVariables variables, Duration urlTimeout) {
        return new DialogSpecReader(urlTimeout).readArguments(args, variables);
    }

    private DialogRequest readArguments(List<String> args, TemplateVariables variables) {
        List<String> warnings = new ArrayList<>();
        if (args.isEmpty()) {
            return DialogRequest.exit(0, DialogHelp.overview(), "", warnings);
        }
        DialogArguments commandLine = DialogCommandLine.parse(args, warnings);
        if (commandLine.has(DialogOption.HELP)) {
            String topic = commandLine.text(DialogOption.HELP).orElse("");
            return DialogRequest.exit(
                    0, topic.isBlank() ? DialogHelp.overview() : DialogHelp.topic(topic), "", warnings);
        }
        if (commandLine.has(DialogOption.VERSION)) {
            return DialogRequest.exit(0, DialogHelp.SWIFTDIALOG_VERSION + "\n", "", warnings);
        }
        DialogArguments merged = commandLine;
        if (commandLine.has(DialogOption.JSONFILE) || commandLine.has(DialogOption.JSONSTRING)) {
            try {
                merged = commandLine.overlaidWith(DialogJson.fromOptions(commandLine, warnings));
            } catch (DialogInputException e) {
                ExitCode code = e.exitCode();
                return DialogRequest.exit(
                        code.code(), e.stdoutLine() + "\n", "escrow-bootstrap: " + e.getMessage() + "\n", warnings);
            }
        }
        DialogArguments filled =
                StylePresets.apply(merged.mapTexts(text -> Templates.apply(text, variables)), warnings);
        DialogSpec spec = DialogSpecMapper.map(filled, markdown, variables, DialogHelp.version(), warnings);
        if (filled.flag(DialogOption.NOTIFICATION)) {
            // swiftDialog's notification carries an icon only when --icon is given, never the default one
            Notification notification = new Notification(
                    spec.title(),
                    spec.subtitle(),
                    spec.message(),
                    filled.has(DialogOption.ICON) ? spec.icon().icon() : ImageRef.none());
            return DialogRequest.notify(spec, notification, screenshot(commandLine, warnings), warnings);
        }
        return DialogRequest.show(spec, screenshot(commandLine, warnings), warnings, commandFile(filled, warnings));
    }

    private static Optional<Path> commandFile(DialogArguments args, List<String> warnings) {
        Optional<String> file = args.text(DialogOption.COMMANDFILE).filter(name -> !name.isBlank());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(file.get().strip()));
        } catch (InvalidPathException e) {
            warnings.add("--commandfile \"" + file.get() + "\" is not a file name; "
                    + DialogRequest.DEFAULT_COMMAND_FILE + " is followed");
            return Optional.empty();
        }
    }

    private static Optional<Path> screenshot(DialogArguments commandLine, List<String> warnings) {
        Optional<String> file = commandLine.text(DialogOption.SCREENSHOT).filter(name -> !name.isBlank());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(file.get()));
        } catch (InvalidPathException e) {
            warnings.add("--screenshot \"" + file.get() + "\" is not a file name; the dialog is shown instead");
            return Optional.empty();
        }
    }
}
