package org.escrowbootstrap.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.escrowbootstrap.config.dialog.CommandFileSyntax;
import org.escrowbootstrap.config.dialog.DialogRequest;
import org.escrowbootstrap.config.dialog.DialogSpecReader;
import org.escrowbootstrap.config.dialog.ResultWriter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.system.HostFacts;
import org.escrowbootstrap.ui.DialogRenderer;
import org.escrowbootstrap.ui.RenderResult;
import org.escrowbootstrap.ui.SwingDialogPresenter;

/** {@code dialog [swiftDialog options]}: the swiftDialog-compatible launcher; its exit code and stdout are its API. */
final class DialogMode {

    private DialogMode() {}

    static int run(String[] argv, PrintStream out, PrintStream err) {
        // Fonts and the UI's parsers load in the background while the arguments are read.
        if (DialogSpecReader.mayShowWindow(argv)) {
            if (!GraphicsEnvironment.isHeadless()) {
                SwingDialogPresenter.prepare();
            }
        } else if (DialogSpecReader.rendersScreenshot(argv)) {
            headless();
            DialogRenderer.prepare();
        }
        HostFacts variables = HostFacts.forThisHost(Path.of("/"), line -> {});
        DialogRequest request = DialogSpecReader.read(argv, variables);
        request.printWarnings(err);
        if (request.earlyExit().isPresent()) {
            DialogRequest.EarlyExit exit = request.earlyExit().get();
            out.print(exit.stdout());
            err.print(exit.stderr());
            return exit.exitCode();
        }
        if (request.notification().isPresent()) {
            return request.screenshot().isPresent()
                    ? NotificationMode.screenshot(
                            request.notification().get(), request.screenshot().get(), err)
                    : NotificationMode.forThisSystem()
                            .post(request.notification().get(), err);
        }
        if (request.screenshot().isPresent()) {
            return screenshot(request, request.screenshot().get(), variables, err);
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("escrow-bootstrap: no display to show the dialog on (to render it, use --screenshot FILE.png)");
            return ExitCode.ERROR.code();
        }
        SwingDialogPresenter presenter = new SwingDialogPresenter(DialogMode.warnings(err));
        CommandFileFollower following = follow(request, presenter, variables, err);
        try (DialogResult result = presenter.show(request.spec())) {
            if (following != null) {
                following.close();
            }
            presenter.close();
            ResultWriter.write(result, request.spec(), out);
            out.flush();
            return result.exitCode().code();
        } finally {
            if (following != null) {
                following.close();
            }
        }
    }

    /**
     * Follows the command file while the window is up; a dialog that asks for a password never is: a file any user
     * may write must not drive a screen that holds a secret.
     */
    private static CommandFileFollower follow(
            DialogRequest request, SwingDialogPresenter presenter, HostFacts variables, PrintStream err) {
        Consumer<String> warn = warnings(err);
        if (request.spec().fields().stream().anyMatch(TextFieldSpec::secure)) {
            if (request.commandFile().isPresent()) {
                warn.accept("the command file is not followed by a dialog with a secure field");
            }
            return null;
        }
        return follow(request.commandFileToFollow(), presenter, variables, warn);
    }

    /** Follows {@code file}, applying each line to the presenter's screen (the benchmark wires it the same way). */
    static CommandFileFollower follow(
            Path file, SwingDialogPresenter presenter, TemplateVariables variables, Consumer<String> warn) {
        CommandFileSyntax[] syntax = {null}; // made on the follower's thread with the first line, not at start-up
        return CommandFileFollower.start(
                file,
                line -> {
                    if (syntax[0] == null) {
                        syntax[0] = CommandFileSyntax.create(variables);
                    }
                    CommandFileSyntax.Parsed parsed = syntax[0].parse(line);
                    parsed.warnings().forEach(warn);
                    parsed.update().ifPresent(presenter::update);
                },
                warn);
    }

    private static int screenshot(DialogRequest request, Path file, HostFacts variables, PrintStream err) {
        headless();
        DialogSpec spec = request.spec();
        if (request.commandFile().isPresent()) {
            spec = CommandFileState.after(spec, request.commandFile().get(), variables, warnings(err));
        }
        RenderResult rendered = DialogRenderer.renderPng(spec, file, warnings(err));
        if (!rendered.ok()) {
            err.println("escrow-bootstrap: " + rendered.error());
            return ExitCode.ERROR.code();
        }
        return ExitCode.BUTTON1.code();
    }

    /** No display is needed or wanted for a screenshot: render off-screen even on a desktop, the same everywhere. */
    private static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static Consumer<String> warnings(PrintStream err) {
        return warning -> err.println("escrow-bootstrap: warning: " + warning);
    }
}
