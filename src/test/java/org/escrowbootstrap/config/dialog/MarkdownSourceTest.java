package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class MarkdownSourceTest {

    private final List<String> warnings = new ArrayList<>();
    private final MarkdownSource source = new MarkdownSource(Duration.ofMillis(500));
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private HttpServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/message.md", exchange -> {
            byte[] body = "# Hello {username}\nFrom the web ✓".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/slow.md", exchange -> {
            try {
                release.await(20, TimeUnit.SECONDS); // held until the test is over: the client must give up first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void isMarkdownLocation_endsInDotMd_anyCase() {
        assertThat(MarkdownSource.isMarkdownLocation("/tmp/a.md")).isTrue();
        assertThat(MarkdownSource.isMarkdownLocation("https://x/README.MD ")).isTrue();
        assertThat(MarkdownSource.isMarkdownLocation("Read the *.md files")).isFalse();
        assertThat(MarkdownSource.isMarkdownLocation("# Title")).isFalse();
    }

    @Test
    void load_readsALocalFile() throws IOException {
        Path file = dir.resolve("msg.md");
        Files.writeString(file, "**Bold** é", StandardCharsets.UTF_8);

        assertThat(source.load(file.toString(), "--message", warnings)).isEqualTo("**Bold** é");
        assertThat(warnings).isEmpty();
    }

    @Test
    void load_missingFile_becomesTheTextAndAWarning() {
        String path = dir.resolve("missing.md").toString();

        assertThat(source.load(path, "--message", warnings)).isEqualTo("Could not read " + path + ": no such file");
        assertThat(warnings).containsExactly("--message: could not read " + path + ": no such file");
    }

    @Test
    void load_directory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.md"));

        assertThat(source.load(folder.toString(), "--infobox", warnings)).endsWith(": is a directory");
    }

    @Test
    void load_fetchesAUrl() {
        assertThat(source.load(url("/message.md"), "--message", warnings))
                .isEqualTo("# Hello {username}\nFrom the web ✓");
        assertThat(warnings).isEmpty();
    }

    @Test
    void load_httpError_becomesTheText() {
        String url = url("/absent.md");

        assertThat(source.load(url, "--message", warnings)).isEqualTo("Could not read " + url + ": HTTP status 404");
    }

    @Test
    void load_slowServer_givesUpAfterTheTimeout() {
        String url = url("/slow.md");

        assertThat(source.load(url, "--message", warnings))
                .isEqualTo("Could not read " + url + ": no answer within 500 ms");
    }

    @Test
    void load_nobodyListening() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/x.md";

        assertThat(source.load(url, "--message", warnings)).isEqualTo("Could not read " + url + ": could not connect");
    }
}
