package org.escrowbootstrap.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a link (the info button's action, a link in the message) in the user's browser or the app that handles it.
 *
 * <p>The presenter calls it on a background thread. Tests pass their own to see which links were opened.
 */
@FunctionalInterface
public interface LinkOpener {

    /** Opens {@code uri}; an IOException says why it could not. */
    void open(URI uri) throws IOException;

    /** The desktop's browser: {@code Desktop.browse}, else {@code open} (macOS) or {@code xdg-open} (Linux). */
    static LinkOpener system() {
        return LinkOpener::openWithSystem;
    }

    private static void openWithSystem(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty() || scheme.equals("javascript") || scheme.equals("data")) {
            throw new IOException("not a link that can be opened: " + uri);
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            try {
                Desktop.getDesktop().browse(uri);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // Some Linux desktops report BROWSE but have no GNOME libraries behind it: try the command below.
            }
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac")
                ? List.of("/usr/bin/open", uri.toString())
                : os.contains("win")
                        ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                        : List.of("xdg-open", uri.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() != 0) {
                throw new IOException(command.get(0) + " could not open " + uri);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
