package org.escrowbootstrap.config.dialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parsed options and the run's warnings, with the two readings every part of the mapping shares: a value that
 * is not blank, and a keyword (a value that means nothing gets one warning and counts as not given).
 */
record OptionReader(DialogArguments args, List<String> warnings) {

    /** A keyword option's meaning, or empty (with a warning when a value was given that means nothing). */
    <T> Optional<T> keyword(DialogOption option, Function<String, Optional<T>> parse, String expected) {
        Optional<String> text = nonBlank(option);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(text.get());
        if (parsed.isEmpty()) {
            warnings.add(option.display() + " \"" + text.get() + "\" is not " + expected + "; ignored");
        }
        return parsed;
    }

    Optional<String> nonBlank(DialogOption option) {
        return args.text(option).filter(text -> !text.isBlank());
    }
}
