package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * BCP 47 language tags: their canonical spelling, and the best of the available languages for a user's list.
 *
 * <p>Matching follows RFC 4647's lookup (a tag is cut from the end until it matches: {@code de-CH} → {@code de}),
 * then accepts another region of the same language ({@code pt-PT} → {@code pt-BR}) before the user's next
 * preference is tried. Chinese keeps its script apart: Traditional ({@code zh-Hant}, {@code zh-TW}, {@code zh-HK})
 * never becomes Simplified. Norwegian ({@code no}, {@code nn}) reads Bokmål ({@code nb}).
 */
public final class LanguageTags {

    /** What the escrow falls back to: the built-in defaults are English. */
    public static final String ENGLISH = "en";

    // Well-formed enough to hand to Locale: a 2–3 letter language, then subtags; macOS writes "_" in old lists.
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,5}");
    private static final int MAX_LENGTH = 35;

    private LanguageTags() {}

    /** The tag in BCP 47's canonical case ({@code zh-hans} → {@code zh-Hans}), or empty when it is not one. */
    public static Optional<String> canonical(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String stripped = tag.strip();
        if (stripped.length() > MAX_LENGTH || !WELL_FORMED.matcher(stripped).matches()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(stripped.replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        String canonical = locale.toLanguageTag();
        return canonical.equals("und") ? Optional.empty() : Optional.of(canonical);
    }

    /**
     * The available language that best serves a user who prefers {@code preferred}, in order; empty when none of
     * them can be served (the caller falls back to English).
     */
    public static Optional<String> best(List<String> preferred, Collection<String> available) {
        for (String wanted : preferred) {
            Optional<String> tag = canonical(wanted);
            if (tag.isPresent()) {
                Optional<String> match = match(tag.get(), available);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    /** The available language for one tag: itself, a shorter form of it, or the same language elsewhere. */
    static Optional<String> match(String tag, Collection<String> available) {
        for (String candidate : lookupChain(tag)) {
            Optional<String> found = find(candidate, available);
            if (found.isPresent()) {
                return found;
            }
        }
        Locale wanted = Locale.forLanguageTag(tag);
        String language = readsAs(wanted.getLanguage());
        String script = script(wanted);
        for (String offer : available) {
            Locale offered = Locale.forLanguageTag(offer);
            if (readsAs(offered.getLanguage()).equals(language)
                    && script(offered).equals(script)) {
                return Optional.of(offer);
            }
        }
        return Optional.empty();
    }

    /**
     * The tag and its shorter forms, longest first, with Chinese's script made explicit ({@code zh-CN} also tries
     * {@code zh-Hans}), so a list of {@code zh-Hans} finds it.
     */
    private static List<String> lookupChain(String tag) {
        List<String> chain = new ArrayList<>();
        addTruncations(tag, chain);
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getScript().isEmpty() && !script(locale).isEmpty()) {
            Locale withScript = new Locale.Builder()
                    .setLocale(locale)
                    .setScript(script(locale))
                    .build();
            addTruncations(withScript.toLanguageTag(), chain);
        }
        String language = readsAs(locale.getLanguage());
        if (!language.equals(locale.getLanguage())) {
            chain.add(language);
        }
        return chain;
    }

    private static void addTruncations(String tag, List<String> chain) {
        String current = tag;
        while (!current.isEmpty()) {
            if (!chain.contains(current)) {
                chain.add(current);
            }
            int dash = current.lastIndexOf('-');
            current = dash < 0 ? "" : current.substring(0, dash);
        }
    }

    private static Optional<String> find(String tag, Collection<String> available) {
        for (String a : available) { // a loop, not a stream: the words are looked up before the first paint
            if (a.equalsIgnoreCase(tag)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The language a reader of {@code language} reads: Norwegian Bokmål for every Norwegian. */
    private static String readsAs(String language) {
        return switch (language) {
            case "no", "nn" -> "nb";
            default -> language;
        };
    }

    /** The script that matters for matching: Chinese's, stated or implied by the region; empty for the rest. */
    private static String script(Locale locale) {
        if (!locale.getLanguage().equals("zh")) {
            return "";
        }
        if (!locale.getScript().isEmpty()) {
            return locale.getScript();
        }
        return switch (locale.getCountry()) {
            case "TW", "HK", "MO" -> "Hant";
            default -> "Hans";
        };
    }
}
