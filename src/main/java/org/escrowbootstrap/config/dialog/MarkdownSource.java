package org.escrowbootstrap.config.dialog;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Loads a message or info box given as a {@code .md} file path or http(s) URL.
 *
 * <p>As in swiftDialog, a read error does not stop the dialog: the error becomes the text shown, so the admin sees
 * it in the dialog (and, here, also as a warning).
 */
final class MarkdownSource {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Duration timeout;

    MarkdownSource(Duration timeout) {
        this.timeout = timeout;
    }

    /** Whether swiftDialog reads this value as a file or URL rather than as Markdown: it ends in {@code .md}. */
    static boolean isMarkdownLocation(String value) {
        return value.strip().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** The document's text, or a line saying why it could not be read. */
    String load(String location, String option, List<String> warnings) {
        String where = location.strip();
        String lower = where.toLowerCase(Locale.ROOT);
        String problem;
        try {
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                return fetch(where);
            }
            // Lenient decoding: a Latin-1 file shows a few odd characters rather than no message at all.
            return new String(Files.readAllBytes(Path.of(where)), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problem = "no such file";
        } catch (AccessDeniedException e) {
            problem = "permission denied";
        } catch (HttpTimeoutException e) {
            problem = "no answer within " + seconds(timeout);
        } catch (ConnectException e) {
            problem = "could not connect";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        } catch (IOException | RuntimeException e) { // RuntimeException: a malformed URL or path
            problem = Files.isDirectory(safePath(where)) ? "is a directory" : describe(e);
        }
        warnings.add(option + ": could not read " + where + ": " + problem);
        return "Could not read " + where + ": " + problem;
    }

    private String fetch(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP status " + response.statusCode());
        }
        return response.body();
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static Path safePath(String where) {
        try {
            return Path.of(where);
        } catch (RuntimeException e) {
            return Path.of("");
        }
    }

    private static String describe(Exception e) {
        if (e instanceof IOException && e.getMessage() != null && e.getMessage().startsWith("HTTP status")) {
            return e.getMessage();
        }
        if (e instanceof IllegalArgumentException) {
            return "not a valid path or URL";
        }
        return "cannot be read";
    }
}
