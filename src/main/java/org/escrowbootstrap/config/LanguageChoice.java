package org.escrowbootstrap.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.escrowbootstrap.model.LanguageTags;

/**
 * Which language the screens are in, why, and the one warning when the wanted language is not available.
 *
 * <p>Precedence: {@code --language} on the command line, then {@code texts.language} from any config source
 * (file, profile, Jamf parameter, {@code --set}), then the console user's preferred languages as macOS keeps them
 * ({@code AppleLanguages}); English when none of them can be served.
 *
 * @param language an available language (canonical BCP 47 tag)
 * @param reason where it came from, for the log and {@code config --print}
 * @param warning why the wanted language was not used, when it was not
 */
public record LanguageChoice(String language, String reason, Optional<String> warning) {

    /** {@code texts.language}'s value that means "the user's". */
    public static final String AUTOMATIC = "auto";

    public LanguageChoice {
        if (language == null || reason == null || warning == null) {
            throw new IllegalArgumentException("language, reason and warning are required");
        }
    }

    /**
     * Chooses for {@code config}.
     *
     * @param forced the command line's {@code --language}, if given
     * @param userPreferred the console user's languages, most preferred first; asked only when nothing is forced
     */
    public static LanguageChoice choose(
            EscrowConfig config, Optional<String> forced, Supplier<List<String>> userPreferred) {
        Set<String> available = config.availableLanguages();
        if (forced.isPresent() && !forced.get().isBlank()) {
            return forcedTo(forced.get().strip(), "--language " + forced.get().strip(), available);
        }
        String configured = config.text(EscrowConfigKey.LANGUAGE).strip();
        if (!configured.isEmpty() && !configured.equalsIgnoreCase(AUTOMATIC)) {
            String from = EscrowConfigKey.LANGUAGE + " from "
                    + config.source(EscrowConfigKey.LANGUAGE).describe();
            return forcedTo(configured, from, available);
        }
        List<String> preferred = userPreferred.get();
        if (preferred.isEmpty()) {
            return new LanguageChoice(
                    LanguageTags.ENGLISH, "the user's preferred languages are not known", Optional.empty());
        }
        String listed = String.join(", ", preferred);
        return LanguageTags.best(preferred, available)
                .map(tag -> new LanguageChoice(tag, "the user's preferred languages: " + listed, Optional.empty()))
                .orElseGet(() -> new LanguageChoice(
                        LanguageTags.ENGLISH,
                        "none of the user's preferred languages is available",
                        Optional.of("none of the user's preferred languages (" + listed + ") is available; using"
                                + " English (available: " + String.join(", ", available) + ")")));
    }

    private static LanguageChoice forcedTo(String wanted, String from, Set<String> available) {
        Optional<String> match =
                LanguageTags.canonical(wanted).flatMap(tag -> LanguageTags.best(List.of(tag), available));
        if (match.isPresent()) {
            return new LanguageChoice(match.get(), from, Optional.empty());
        }
        return new LanguageChoice(
                LanguageTags.ENGLISH,
                from + ", not available",
                Optional.of("language \"" + wanted + "\" (" + from + ") is not available; using English"
                        + " (available: " + String.join(", ", available) + ")"));
    }
}
