package org.escrowbootstrap.ui;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.escrowbootstrap.model.ImageRef;

/**
 * Reads the picture an {@link ImageRef} names; never throws and never leaves the user without a dialog.
 *
 * <p>Files (png, jpg, gif and whatever else ImageIO reads; svg; icns through TwelveMonkeys), {@code .app} bundles,
 * http(s) URLs with short timeouts, SF Symbol look-alikes, built-ins, fills and text. Anything unreadable becomes a
 * placeholder (a plain fill for a banner) and one line to the warning sink. Call it off the Swing thread: files and
 * URLs block.
 */
final class ImageLoader {

    /** Where the picture goes, for the warning text and the choice of fallback. */
    enum Slot {
        ICON("icon"),
        OVERLAY("overlay icon"),
        BANNER("banner image"),
        WATERMARK("background image");

        private final String label;

        Slot(String label) {
            this.label = label;
        }
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(4);
    private static final int MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
    /** 4 megapixels: twice the width of the widest window at Retina scale, and a few MB of heap. */
    private static final long MAX_DECODED_PIXELS = 4_000_000;

    private final Consumer<String> warnings;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private HttpClient http;

    ImageLoader(Consumer<String> warnings) {
        this(warnings, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    ImageLoader(Consumer<String> warnings, Duration connectTimeout, Duration readTimeout) {
        this.warnings = warnings;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** The picture for {@code ref}, a fallback when it cannot be read, or null for {@link ImageRef.None}. */
    Artwork load(ImageRef ref, Slot slot) {
        try {
            return read(ref);
        } catch (IOException | RuntimeException e) {
            String instead =
                    switch (slot) {
                        case BANNER -> "showing a plain banner";
                        case WATERMARK -> "none is drawn"; // a placeholder across the whole window would be noise
                        default -> "showing a placeholder";
                    };
            warnings.accept("the " + slot.label + " could not be read: "
                    + ref.describe().orElse(ref.toString()) + " (" + reason(e) + "); " + instead);
            return switch (slot) {
                case BANNER -> plainBanner();
                case WATERMARK -> null;
                default -> Symbols.placeholder();
            };
        }
    }

    /** An SF Symbol look-alike; a name we do not draw is reported to the warning sink once per run. */
    Artwork symbol(ImageRef.Symbol symbol) {
        return Symbols.symbol(symbol, warnings);
    }

    private Artwork read(ImageRef ref) throws IOException {
        if (ref instanceof ImageRef.None) {
            return null;
        }
        if (ref instanceof ImageRef.Builtin builtin) {
            return Symbols.builtin(builtin.name());
        }
        if (ref instanceof ImageRef.Symbol symbol) {
            return symbol(symbol);
        }
        if (ref instanceof ImageRef.Fill fill) {
            return new Artwork.Fill(fill.colours().stream().map(Look::resolve).toList(), fill.gradient(), fill.angle());
        }
        if (ref instanceof ImageRef.Text text) {
            return new Artwork.Glyph(text.text());
        }
        if (ref instanceof ImageRef.QrCode qr) {
            return QrPicture.of(qr.text());
        }
        if (ref instanceof ImageRef.Url url) {
            return fetch(url.url());
        }
        ImageRef.FilePath file = (ImageRef.FilePath) ref;
        Path path = Path.of(file.path());
        if (file.isAppBundle()) {
            path = BundleIcon.iconFile(path);
        }
        return readFile(path);
    }

    static Artwork readFile(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no such file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IOException("not a readable file");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            try (InputStream in = Files.newInputStream(path)) {
                return svg(in, path.toUri());
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            return raster(in);
        }
    }

    /**
     * Downloads and decodes a picture within the read timeout as a whole: HttpClient's own timeout only covers the
     * wait for the response headers, and a server that trickles the body (or never ends it) must not hold the window.
     */
    private Artwork fetch(String url) throws IOException {
        CompletableFuture<Artwork> download = new CompletableFuture<>();
        Thread worker = new Thread(
                () -> {
                    try {
                        download.complete(fetchNow(url));
                    } catch (IOException | RuntimeException e) {
                        download.completeExceptionally(e);
                    }
                },
                "escrow-image-download");
        worker.setDaemon(true);
        worker.start();
        try {
            return download.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new IOException("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(reason((Exception) e.getCause()), e.getCause());
        }
    }

    private Artwork fetchNow(String url) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(readTimeout)
                    .header("Accept", "image/*")
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL");
        }
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_DOWNLOAD_BYTES + 1);
            if (bytes.length > MAX_DOWNLOAD_BYTES) {
                throw new IOException("larger than " + MAX_DOWNLOAD_BYTES / (1024 * 1024) + " MB");
            }
            String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.UTF_8).strip();
            boolean svg =
                    response.headers().firstValue("Content-Type").orElse("").contains("svg")
                            || head.startsWith("<?xml")
                            || head.startsWith("<svg");
            return svg
                    ? svg(new ByteArrayInputStream(bytes), URI.create(url))
                    : raster(new ByteArrayInputStream(bytes));
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return http;
    }

    private static Artwork svg(InputStream in, URI base) throws IOException {
        SVGDocument document = new SVGLoader().load(in, base, LoaderContext.createDefault());
        if (document == null || document.size().width <= 0 || document.size().height <= 0) {
            throw new IOException("not a valid SVG image");
        }
        return new Artwork.Vector(document);
    }

    /** Reads a raster image; of a multi-image file (icns), the largest image that decodes. */
    private static Artwork raster(InputStream in) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            if (stream == null) {
                throw new IOException("unreadable image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException("not an image format we can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, false, true);
                BufferedImage image = largest(reader);
                return new Artwork.Raster(image);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage largest(ImageReader reader) throws IOException {
        int count;
        try {
            count = reader.getNumImages(true);
        } catch (IOException | IllegalStateException e) {
            count = 1;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(area(reader, b), area(reader, a)));
        IOException last = null;
        for (int index : order) {
            try {
                BufferedImage image = reader.read(index, param(reader, index));
                if (image != null) {
                    return image;
                }
            } catch (IOException | RuntimeException e) {
                // Some icns entries use codecs ImageIO lacks (JPEG 2000): try the next size down.
                last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        }
        throw last != null ? last : new IOException("the file holds no image");
    }

    /**
     * Reads a huge picture (a 24-megapixel photo as a banner) at a fraction of its resolution: decoded whole it would
     * not fit the small heap of a short-lived dialog, and the window never shows it larger than a few hundred points.
     */
    private static ImageReadParam param(ImageReader reader, int index) {
        ImageReadParam param = reader.getDefaultReadParam();
        long area = area(reader, index);
        if (area > MAX_DECODED_PIXELS) {
            int step = (int) Math.ceil(Math.sqrt((double) area / MAX_DECODED_PIXELS));
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    private static long area(ImageReader reader, int index) {
        try {
            return (long) reader.getWidth(index) * reader.getHeight(index);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Artwork plainBanner() {
        Color colour = Look.colour("banner.defaultColour", new Color(0x1F3A5F));
        return new Artwork.Fill(List.of(colour), true, 0);
    }

    private static String reason(Exception e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof java.net.ConnectException) {
            return "could not connect";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
