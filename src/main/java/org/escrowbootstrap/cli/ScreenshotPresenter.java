package org.escrowbootstrap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 */
final class ScreenshotPresenter implements DialogPresenter {

    private final Path folder;
    private final String password;
    private final Consumer<String> warnings;
    private final List<Path> written = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
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

    synchronized List<Path> written() {
        return List.copyOf(written);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    private void render(DialogSpec spec) {
        String name = String.format(Locale.ROOT, "%02d-%s.png", written.size() + failures.size() + 1, kind(spec));
        RenderResult result = DialogRenderer.renderPng(spec, folder.resolve(name), warnings);
        if (result.ok()) {
            written.add(result.file());
        } else {
            failures.add(result.error());
        }
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
