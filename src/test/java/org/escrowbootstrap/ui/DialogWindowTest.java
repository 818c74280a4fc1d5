package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DialogWindowTest {

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Thread.sleep(10);
        }
    }

    @Test
    void linkHandler_opensTheLinkOffTheSwingThread() throws InterruptedException {
        List<String> threads = new CopyOnWriteArrayList<>();
        List<URI> opened = new CopyOnWriteArrayList<>();
        Consumer<String> handler = DialogWindow.linkHandler(
                uri -> {
                    threads.add(Thread.currentThread().getName());
                    opened.add(uri);
                },
                warnings::add);
        handler.accept("jamfselfservice://content?entity=policy&id=7&action=view");
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened).containsExactly(URI.create("jamfselfservice://content?entity=policy&id=7&action=view"));
        assertThat(threads).containsExactly("escrow-link-opener");
        assertThat(warnings).isEmpty();
    }

    @Test
    void linkHandler_reportsBadLinksAndFailures_asWarnings() throws InterruptedException {
        Consumer<String> handler = DialogWindow.linkHandler(
                uri -> {
                    throw new IOException("no browser");
                },
                warnings::add);
        handler.accept("not a url");
        handler.accept("https://example.com");
        waitUntil(() -> warnings.size() == 2);
        assertThat(warnings)
                .containsExactlyInAnyOrder(
                        "cannot open the link not a url: it is not a valid URL",
                        "cannot open the link https://example.com: no browser");
    }
}
