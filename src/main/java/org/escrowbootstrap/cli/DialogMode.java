package org.escrowbootstrap.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import org.escrowbootstrap.config.DialogRequest;
import org.escrowbootstrap.config.DialogSpecReader;
import org.escrowbootstrap.config.ResultWriter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.ExitCode;
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
        if (request.screenshot().isPresent()) {
            return screenshot(request, request.screenshot().get(), err);
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("escrow-bootstrap: no display to show the dialog on (to render it, use --screenshot FILE.png)");
            return ExitCode.ERROR.code();
        }
        SwingDialogPresenter presenter = new SwingDialogPresenter(DialogMode.warnings(err));
        try (DialogResult result = presenter.show(request.spec())) {
            presenter.close();
            ResultWriter.write(result, request.spec(), out);
            out.flush();
            return result.exitCode().code();
        }
    }

    private static int screenshot(DialogRequest request, Path file, PrintStream err) {
        headless();
        RenderResult rendered = DialogRenderer.renderPng(request.spec(), file, warnings(err));
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

    static java.util.function.Consumer<String> warnings(PrintStream err) {
        return warning -> err.println("escrow-bootstrap: warning: " + warning);
    }
}
