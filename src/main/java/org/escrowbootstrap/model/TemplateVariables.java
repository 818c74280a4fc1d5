package org.escrowbootstrap.model;

import java.util.Map;
import java.util.Optional;

/** Values for the {@code {name}} placeholders in dialog texts; looked up only when a text uses one. */
@FunctionalInterface
public interface TemplateVariables {

    Optional<String> lookup(String name);

    static TemplateVariables none() {
        return name -> Optional.empty();
    }

    static TemplateVariables of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name));
    }

    /** These variables, falling back to {@code other} for names these do not know. */
    default TemplateVariables orElse(TemplateVariables other) {
        return name -> {
            Optional<String> mine = lookup(name);
            return mine.isPresent() ? mine : other.lookup(name);
        };
    }
}
