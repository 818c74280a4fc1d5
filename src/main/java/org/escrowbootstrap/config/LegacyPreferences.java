package org.escrowbootstrap.config;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The branding preference file of ScottEKendall's EscrowBootStrap script, read for admins migrating from it
 * ({@link ParameterLayout#KENDALL}), so that their profile keeps working until they move to ours.
 *
 * <p>Its keys map to ours: {@code BannerImage} (a file in {@code SupportFiles}, or a path or link) to
 * {@code branding.banner}, {@code BannerSubtitle} to {@code branding.subtitle}, {@code TitleFontColor} to
 * {@code branding.titleColour}. {@code BannerPadding} (spaces before a left-aligned title) has no meaning for a
 * centred title and is reported as not used. It ranks below our own managed preferences.
 */
final class LegacyPreferences {

    /** Where the script reads it, relative to {@code /}; admins who changed the script's domain name theirs. */
    static final String USUAL_PLACE = "Library/Managed Preferences/com.gianteaglescript.defaults.plist";

    private LegacyPreferences() {}

    static EscrowConfigLayer read(Path file) {
        return ManagedPreferences.readDictionary(file, "its branding is ignored", LegacyPreferences::settings);
    }

    private static EscrowConfigLayer settings(Path file, NSDictionary dictionary) {
        String name = file.toString();
        EscrowConfigSource source = new EscrowConfigSource.ManagedPreferences(file);
        List<EscrowRawSetting> settings = new ArrayList<>();
        List<EscrowConfigProblem> problems = new ArrayList<>();
        String supportFiles = text(dictionary, "SupportFiles");
        String banner = text(dictionary, "BannerImage");
        if (banner != null) {
            settings.add(new EscrowRawSetting(
                    EscrowConfigKey.BANNER.key(),
                    bannerPath(supportFiles, banner),
                    source,
                    name + " BannerImage",
                    null));
        }
        Path base = file.toAbsolutePath().getParent();
        add(settings, dictionary, "BannerSubtitle", EscrowConfigKey.SUBTITLE, source, name, base);
        add(settings, dictionary, "TitleFontColor", EscrowConfigKey.TITLE_COLOUR, source, name, base);
        for (Map.Entry<String, NSObject> entry : dictionary.entrySet()) {
            String key = entry.getKey();
            if (key.equals("BannerPadding")) {
                problems.add(EscrowConfigProblem.warning(
                        name, null, "BannerPadding is not used: the title is centred (branding.titleOffset moves it)"));
            }
        }
        return new EscrowConfigLayer(settings, problems);
    }

    /** As the script finds it: a bare file name lives in {@code SupportFiles}; a path or a link is as written. */
    private static String bannerPath(String supportFiles, String banner) {
        if (supportFiles == null || banner.startsWith("/") || banner.contains("://")) {
            return banner;
        }
        return Path.of(supportFiles).resolve(banner).toString();
    }

    private static void add(
            List<EscrowRawSetting> settings,
            NSDictionary dictionary,
            String theirs,
            EscrowConfigKey ours,
            EscrowConfigSource source,
            String name,
            Path base) {
        String value = text(dictionary, theirs);
        if (value != null) {
            settings.add(new EscrowRawSetting(ours.key(), value, source, name + " " + theirs, base));
        }
    }

    private static String text(NSDictionary dictionary, String key) {
        NSObject value = dictionary.objectForKey(key);
        if (value instanceof NSString s && !s.getContent().isBlank()) {
            return s.getContent().strip();
        }
        return value == null ? null : value.toJavaObject().toString();
    }
}
