package org.escrowbootstrap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop is in dark mode, asked once of the system's own setting with a short timeout.
 *
 * <p>FlatLaf cannot tell, so we ask: {@code defaults} on macOS, the registry on Windows, GNOME's settings
 * elsewhere. Anything unclear, slow or missing means light, the default of every desktop.
 */
final class SystemAppearance {

    private static final long TIMEOUT_MILLIS = 700;
    private static Boolean cached;

    private SystemAppearance() {}

    static synchronized boolean isDark() {
        if (cached == null) {
            cached = detect(System.getProperty("os.name", ""), System.getenv("GTK_THEME"));
        }
        return cached;
    }

    private static boolean detect(String osName, String gtkTheme) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return macSaysDark(run(List.of("/usr/bin/defaults", "read", "-g", "AppleInterfaceStyle")));
        }
        if (os.contains("win")) {
            return windowsSaysDark(run(List.of(
                    "reg",
                    "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v",
                    "AppsUseLightTheme")));
        }
        if (gtkTheme != null && gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        return gnomeSaysDark(run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")));
    }

    /** {@code defaults read -g AppleInterfaceStyle} prints "Dark" in dark mode and fails in light mode. */
    static boolean macSaysDark(String output) {
        return output != null && output.strip().equalsIgnoreCase("dark");
    }

    /** The registry value is 0x0 when apps use the dark theme. */
    static boolean windowsSaysDark(String output) {
        return output != null && output.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*");
    }

    /** GNOME 42+ prints {@code 'prefer-dark'}. */
    static boolean gnomeSaysDark(String output) {
        return output != null && output.contains("prefer-dark");
    }

    /** Runs a command and returns its output, or null when it fails, is missing or takes too long. */
    private static String run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0) {
                return null;
            }
            try (InputStream in = process.getInputStream()) {
                return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return null;
        }
    }
}
