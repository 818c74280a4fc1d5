package org.escrowbootstrap.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.ui.DialogRenderer;
import org.escrowbootstrap.ui.RenderResult;

/**
 * Renders every screen of a preview run to numbered PNGs, with no display, and answers each one itself.
 *
 * <p>A screen with a secure field is answered with {@code password} and button 1; any other with button 1. A
 * progress screen is rendered again at each progress update, so the PNGs show every state the user would see.
 *
 * <p>Each PNG is encoded on a thread of its own while the run goes on to draw the next screen (the encoding took as
 * long as the drawing), one at a time; {@link #written()} and {@link #failures()} wait for them all.
 */
final class ScreenshotPresenter implements DialogPresenter {

    /** A thread per picture, gone when it is written: a preview in a long-lived JVM (the tests) leaves none. */
    private static final Executor ENCODER = task -> {
        Thread thread = new Thread(task, "escrow-png-writer");
        thread.setDaemon(true);
        thread.start();
    };

    private final Path folder;
    private final String password;
    private final Consumer<String> warnings;
    private final List<CompletableFuture<RenderResult>> files = new ArrayList<>();
    private DialogSpec current;

    ScreenshotPresenter(Path folder, String password, Consumer<String> warnings) {
        this.folder = folder;
        this.password = password;
        this.warnings = warnings;
    }

    @Override
    public synchronized DialogResult show(DialogSpec spec) {
        current = spec;
        render(spec);
        List<FieldValue> values = new ArrayList<>();
        for (TextFieldSpec field : spec.fields()) {
            values.add(
                    field.secure()
                            ? new FieldValue.Hidden(field.outputKey(), Secret.of(password))
                            : new FieldValue.Text(field.outputKey(), field.value() == null ? "" : field.value()));
        }
        return new DialogResult(ExitCode.BUTTON1, values);
    }

    @Override
    public synchronized void display(DialogSpec spec) {
        current = spec;
        render(spec);
    }

    @Override
    public synchronized void updateProgress(ProgressSpec progress) {
        if (current != null) {
            current = current.toBuilder().progress(progress).build();
            render(current);
        }
    }

    @Override
    public void close() {
        // nothing on screen to close
    }

    /** The PNGs written, in the order of the screens, once all are. */
    synchronized List<Path> written() {
        return results().stream()
                .filter(RenderResult::ok)
                .map(RenderResult::file)
                .toList();
    }

    /** Why a PNG could not be written, one line per screen, once all are done. */
    synchronized List<String> failures() {
        return results().stream()
                .filter(result -> !result.ok())
                .map(RenderResult::error)
                .toList();
    }

    private List<RenderResult> results() {
        List<RenderResult> results = new ArrayList<>();
        for (CompletableFuture<RenderResult> file : files) {
            results.add(outcome(file));
        }
        return results;
    }

    private static RenderResult outcome(CompletableFuture<RenderResult> file) {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RenderResult(null, 0, 0, "interrupted while writing the screenshots");
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing a screenshot failed", e.getCause());
        }
    }

    private void render(DialogSpec spec) {
        int number = files.size() + 1;
        Path file = folder.resolve((number < 10 ? "0" : "") + number + "-" + kind(spec) + ".png");
        BufferedImage image = DialogRenderer.render(spec, DialogRenderer.SCALE, warnings);
        // An admin's long text (in any language) that still does not fit is worth saying before users meet it.
        DialogRenderer.clipping(spec, ignored -> {})
                .forEach(hidden -> warnings.accept(file.getFileName() + " does not show everything: " + hidden));
        if (files.size() > 0) {
            outcome(files.get(files.size() - 1)); // one picture in the encoder at a time, not a queue of them
        }
        files.add(CompletableFuture.supplyAsync(() -> DialogRenderer.writePng(image, file), ENCODER));
    }

    private static String kind(DialogSpec spec) {
        if (spec.fields().stream().anyMatch(TextFieldSpec::secure)) {
            return "password";
        }
        if (spec.progress() != null) {
            return "progress";
        }
        return "result";
    }
}
