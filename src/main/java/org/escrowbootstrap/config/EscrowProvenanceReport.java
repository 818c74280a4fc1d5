package org.escrowbootstrap.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** Renders the merged config with the source of each value, for {@code config --print}. */
final class EscrowProvenanceReport {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** Said wherever the setting is on: the admin should weigh it knowingly. */
    static final String ELEVATION_RISK = String.join(
            "\n",
            "# Note: behaviour.elevateStandardUsers is on. A standard user is made an admin for the few seconds",
            "# profiles install runs (at most 20 s), then removed. During that window the user, who has just typed",
            "# their password, could use sudo to make themselves root for good. See docs/security.md.",
            "");

    private EscrowProvenanceReport() {}

    static String render(LoadedEscrowConfig loaded) {
        StringBuilder out = new StringBuilder();
        out.append("# Escrow Bootstrap configuration\n");
        out.append("# Sources, lowest precedence first:\n");
        for (String source : loaded.consulted()) {
            out.append("#   ").append(source).append('\n');
        }
        int width = 0;
        for (EscrowSetting setting : loaded.config().settings().values()) {
            width = Math.max(width, setting.key().key().length());
        }
        String section = null;
        for (EscrowSetting setting : loaded.config().settings().values()) {
            EscrowConfigKey key = setting.key();
            if (!key.section().equals(section)) {
                section = key.section();
                out.append('\n');
            }
            out.append(pad(key.key(), width))
                    .append(" = ")
                    .append(GSON.toJson(setting.value()))
                    .append("    # ")
                    .append(origin(setting))
                    .append(englishOnly(loaded.config(), key))
                    .append('\n');
        }
        languages(loaded.config(), width, out);
        out.append('\n');
        if (loaded.config().flag(EscrowConfigKey.ELEVATE_STANDARD_USERS)) {
            out.append(ELEVATION_RISK);
        }
        if (loaded.problems().isEmpty()) {
            out.append("# No problems.\n");
        } else {
            out.append("# Problems (none of them stops the escrow):\n");
            for (EscrowConfigProblem problem : loaded.problems()) {
                out.append("# ")
                        .append(problem.severity())
                        .append(' ')
                        .append(problem)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Without a chosen language, the admin's texts per language; with one, which language that is. Either way the
     * admin sees which texts a user of each language reads.
     */
    private static void languages(EscrowConfig config, int width, StringBuilder out) {
        if (config.language().isPresent()) {
            out.append("\n# Texts above in ")
                    .append(config.language().get())
                    .append(": the config's text for that language, else the built-in translation.\n");
            return;
        }
        out.append("\n# Texts above in English; each user sees their preferred language (")
                .append(String.join(", ", config.availableLanguages()))
                .append(").\n# config --print --language CODE shows the texts of one language.\n");
        config.localizedTexts().forEach((tag, texts) -> texts.values().forEach(setting -> {
            String name = EscrowConfig.LANGUAGES_SECTION + "." + tag + "."
                    + setting.key().key();
            out.append(pad(name, width))
                    .append(" = ")
                    .append(GSON.toJson(setting.value()))
                    .append("    # ")
                    .append(origin(setting))
                    .append('\n');
        }));
    }

    /** Says so where the admin changed a text in English only and this language shows the built-in one. */
    private static String englishOnly(EscrowConfig config, EscrowConfigKey key) {
        EscrowSetting shown = config.setting(key);
        EscrowSetting configured = config.configured(key);
        if (!(shown.source() instanceof EscrowConfigSource.BuiltInTranslation translation)
                || configured.source() instanceof EscrowConfigSource.Defaults) {
            return "";
        }
        String language = config.language().orElse(translation.language());
        return "; the English text from " + origin(configured) + " is not used in " + language + " (set "
                + EscrowConfig.LANGUAGES_SECTION + "." + language + "." + key + ")";
    }

    private static String origin(EscrowSetting setting) {
        String source = setting.source().describe();
        // A file's line says more than its name, which the header already lists.
        if (setting.source() instanceof EscrowConfigSource.ConfigFile
                && !setting.location().isEmpty()) {
            return "config file " + setting.location();
        }
        return source;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
