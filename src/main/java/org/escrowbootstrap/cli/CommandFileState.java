package org.escrowbootstrap.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.escrowbootstrap.config.dialog.CommandFileSyntax;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogUpdate;
import org.escrowbootstrap.model.TemplateVariables;

/**
 * The state a dialog reaches through the lines already in its command file: what {@code --screenshot} draws with
 * {@code --commandfile}, so an admin (and a test) can see any live state without a display.
 */
final class CommandFileState {

    private CommandFileState() {}

    /** {@code spec} with every complete line of {@code file} applied in order; problems go to {@code warnings}. */
    static DialogSpec after(DialogSpec spec, Path file, TemplateVariables variables, Consumer<String> warnings) {
        CommandFileSyntax syntax = CommandFileSyntax.create(variables);
        DialogSpec[] state = {spec};
        CommandFileFollower.readExisting(
                file,
                line -> {
                    CommandFileSyntax.Parsed parsed = syntax.parse(line);
                    parsed.warnings().forEach(warnings);
                    if (parsed.update().isPresent()) {
                        DialogUpdate update = parsed.update().get();
                        String problem = update.problemWith(state[0]);
                        if (problem != null) {
                            warnings.accept(problem);
                        }
                        state[0] = update.applyTo(state[0]);
                    }
                },
                warnings);
        return state[0];
    }
}
