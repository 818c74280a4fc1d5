package org.escrowbootstrap.ui;

import java.io.IOException;
import java.io.StringReader;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.html.HTMLEditorKit;
import org.escrowbootstrap.model.DialogSpec;

/**
 * Loads the Markdown and HTML machinery a screen with text needs, on a background thread, while the Swing thread
 * installs the theme: the first paint then finds those classes ready instead of loading them one after another.
 *
 * <p>Only models are touched here (no Swing component is created off the Swing thread), and only for a screen
 * that shows Markdown; failures are ignored, the screen simply loads the classes itself.
 */
final class Warmup {

    private Warmup() {}

    static void forScreen(DialogSpec spec) {
        String text = spec.message() != null ? spec.message() : spec.infoBox();
        if (text == null || text.isBlank()) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        String html = Markdown.toHtml(text);
                        HTMLEditorKit kit = new HTMLEditorKit();
                        Document document = kit.createDefaultDocument();
                        kit.read(new StringReader("<html><body>" + html + "</body></html>"), document, 0);
                    } catch (IOException | BadLocationException | RuntimeException e) {
                        // Nothing lost: the screen loads what it needs when it is built.
                    }
                },
                "escrow-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
