package org.escrowbootstrap.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.escrowbootstrap.model.DialogPresenter;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * A {@link DialogPresenter} that answers from a script and records everything it was asked to show (test-only).
 *
 * <p>Each {@link #show} takes the next {@link Answer}; a screen nobody scripted fails the test with an
 * {@link AssertionError} naming it. Secrets it hands out are kept so a test can check they were all wiped.
 */
public final class ScriptedPresenter implements DialogPresenter {

    /** Something the presenter was asked to do. */
    public sealed interface Event {}

    /** A screen shown with {@link #show} (the user answers it). */
    public record Shown(DialogSpec spec) implements Event {}

    /** A screen shown with {@link #display} (the program ends it). */
    public record Displayed(DialogSpec spec) implements Event {}

    /** A progress update. */
    public record Progress(ProgressSpec progress) implements Event {}

    /** The window was closed. */
    public record Closed() implements Event {}

    /** How the scripted user answers one screen. */
    @FunctionalInterface
    public interface Answer {
        DialogResult answer(DialogSpec spec, List<Secret> handedOut);
    }

    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Secret> secrets = new ArrayList<>();

    private ScriptedPresenter() {}

    public static ScriptedPresenter answering(Answer... script) {
        ScriptedPresenter presenter = new ScriptedPresenter();
        presenter.then(script);
        return presenter;
    }

    /** Adds answers to the end of the script. */
    public synchronized ScriptedPresenter then(Answer... script) {
        answers.addAll(List.of(script));
        return this;
    }

    /** Presses button 1 (OK / Done). */
    public static Answer ok() {
        return (spec, handedOut) -> DialogResult.of(ExitCode.BUTTON1);
    }

    /** Types {@code password} into every secure field and presses button 1. */
    public static Answer password(String password) {
        return (spec, handedOut) -> {
            List<FieldValue> values = new ArrayList<>();
            for (TextFieldSpec field : spec.fields()) {
                if (field.secure()) {
                    Secret secret = Secret.of(password);
                    handedOut.add(secret);
                    values.add(new FieldValue.Hidden(field.outputKey(), secret));
                } else {
                    values.add(new FieldValue.Text(field.outputKey(), ""));
                }
            }
            return new DialogResult(ExitCode.BUTTON1, values);
        };
    }

    /** Ends the screen with {@code code} (button 2, window closed, quit key, timer …). */
    public static Answer exit(ExitCode code) {
        return (spec, handedOut) -> DialogResult.of(code);
    }

    /** Fails to show the screen, as a broken UI would. */
    public static Answer fail(String message) {
        return (spec, handedOut) -> {
            throw new IllegalStateException(message);
        };
    }

    @Override
    public synchronized DialogResult show(DialogSpec spec) {
        events.add(new Shown(spec));
        Answer answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("unscripted screen: " + spec.title() + " / " + spec.message());
        }
        return answer.answer(spec, secrets);
    }

    @Override
    public synchronized void display(DialogSpec spec) {
        events.add(new Displayed(spec));
    }

    @Override
    public synchronized void updateProgress(ProgressSpec progress) {
        events.add(new Progress(progress));
    }

    @Override
    public synchronized void close() {
        events.add(new Closed());
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The screens the user answered, in order. */
    public synchronized List<DialogSpec> shown() {
        return events.stream()
                .filter(Shown.class::isInstance)
                .map(e -> ((Shown) e).spec())
                .toList();
    }

    /** The screens the program ended (progress), in order. */
    public synchronized List<DialogSpec> displayed() {
        return events.stream()
                .filter(Displayed.class::isInstance)
                .map(e -> ((Displayed) e).spec())
                .toList();
    }

    public synchronized List<ProgressSpec> progressUpdates() {
        return events.stream()
                .filter(Progress.class::isInstance)
                .map(e -> ((Progress) e).progress())
                .toList();
    }

    /** Every spec shown or displayed, in order. */
    public synchronized List<DialogSpec> allSpecs() {
        List<DialogSpec> specs = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Shown s) {
                specs.add(s.spec());
            } else if (e instanceof Displayed d) {
                specs.add(d.spec());
            }
        }
        return specs;
    }

    public synchronized boolean wasClosed() {
        return events.stream().anyMatch(Closed.class::isInstance);
    }

    /** Whether nothing at all was shown or displayed. */
    public synchronized boolean nothingShown() {
        return allSpecs().isEmpty();
    }

    public synchronized int unusedAnswers() {
        return answers.size();
    }

    public synchronized int secretsHandedOut() {
        return secrets.size();
    }

    /** Whether every secret handed out has been wiped by its receiver. */
    public synchronized boolean allSecretsWiped() {
        return secrets.stream().allMatch(Secret::isWiped);
    }
}
