package org.escrowbootstrap.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.escrowbootstrap.model.DialogSpec;

/**
 * The Markdown texts of one screen (message and info box), parsed into their documents on background threads while
 * the Swing thread builds the rest of the screen; the views then only lay the finished documents out.
 *
 * <p>Start it once the theme is installed: the texts' style sheets take the theme's fonts and colours. A text the
 * background could not parse is parsed again where it is needed, so its error surfaces there as it always did.
 */
final class ScreenText {

    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "escrow-text-parser");
        thread.setDaemon(true);
        return thread;
    });

    /** A text's style and its parsed document. */
    record Text(MarkdownView.Style style, MarkdownView.Parsed parsed) {}

    private final CompletableFuture<Text> message;
    private final CompletableFuture<Text> infoBox;

    private ScreenText(CompletableFuture<Text> message, CompletableFuture<Text> infoBox) {
        this.message = message;
        this.infoBox = infoBox;
    }

    /** Starts parsing the screen's texts in the background and returns at once. */
    static ScreenText start(DialogSpec spec) {
        return new ScreenText(
                hasText(spec.message()) ? CompletableFuture.supplyAsync(() -> parseMessage(spec), PARSERS) : null,
                hasText(spec.infoBox()) ? CompletableFuture.supplyAsync(() -> parseInfoBox(spec), PARSERS) : null);
    }

    /** Nothing parsed ahead: each text is parsed when its view is built (the PNG renderer). */
    static ScreenText onDemand() {
        return new ScreenText(null, null);
    }

    /** The message, parsed ahead or now. */
    Text message(DialogSpec spec) {
        return take(message, () -> parseMessage(spec));
    }

    /** The info box, parsed ahead or now. */
    Text infoBox(DialogSpec spec) {
        return take(infoBox, () -> parseInfoBox(spec));
    }

    private static Text parseMessage(DialogSpec spec) {
        MarkdownView.Style style = MessagePane.style(spec);
        return new Text(style, MarkdownView.parse(spec.message(), style));
    }

    private static Text parseInfoBox(DialogSpec spec) {
        MarkdownView.Style style = InfoBox.style();
        return new Text(style, MarkdownView.parse(spec.infoBox(), style));
    }

    private static Text take(CompletableFuture<Text> ahead, Supplier<Text> now) {
        if (ahead != null) {
            try {
                return ahead.join();
            } catch (CompletionException e) {
                // parsed again below, on this thread, where a failure is reported as before
            }
        }
        return now.get();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
