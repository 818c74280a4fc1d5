package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class ImageLoaderTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final ImageLoader loader = new ImageLoader(warnings::add);
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private static BufferedImage square(int size, Color colour) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, size, size);
        g.dispose();
        return image;
    }

    @Test
    void pngFile_isReadAtItsOwnSize() throws IOException {
        Path png = dir.resolve("icon.png");
        ImageIO.write(square(48, Color.RED), "png", png.toFile());
        Artwork art = loader.load(ImageRef.parse(png.toString()), ImageLoader.Slot.ICON);
        assertThat(art).isInstanceOf(Artwork.Raster.class);
        assertThat(art.width()).isEqualTo(48);
        assertThat(((Artwork.Raster) art).image().getRGB(10, 10)).isEqualTo(Color.RED.getRGB());
        assertThat(warnings).isEmpty();
    }

    @Test
    void jpgFile_isRead() throws IOException {
        Path jpg = dir.resolve("photo.jpg");
        BufferedImage rgb = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(rgb, "jpg", jpg.toFile());
        Artwork art = loader.load(ImageRef.parse(jpg.toString()), ImageLoader.Slot.BANNER);
        assertThat(art.width()).isEqualTo(20);
        assertThat(art.height()).isEqualTo(10);
    }

    @Test
    void svgFile_staysAVector() throws IOException {
        Path svg = dir.resolve("logo.svg");
        Files.writeString(
                svg,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                        + "<rect width=\"40\" height=\"20\" fill=\"#00ff00\"/></svg>");
        Artwork art = loader.load(ImageRef.parse(svg.toString()), ImageLoader.Slot.ICON);
        assertThat(art).isInstanceOf(Artwork.Vector.class);
        assertThat(art.width()).isEqualTo(40);
        assertThat(art.height()).isEqualTo(20);
    }

    @Test
    void appBundle_showsTheLargestImageOfItsIcns() throws IOException {
        Path app = BundleIconTest.bundle(dir, "Tool", "<key>CFBundleIconFile</key><string>Tool.icns</string>");
        ImageIO.write(
                square(128, Color.BLUE),
                "icns",
                app.resolve("Contents/Resources/Tool.icns").toFile());
        Artwork art = loader.load(ImageRef.parse(app.toString()), ImageLoader.Slot.ICON);
        assertThat(art).isInstanceOf(Artwork.Raster.class);
        assertThat(art.width()).isEqualTo(128);
        assertThat(((Artwork.Raster) art).image().getRGB(64, 64)).isEqualTo(Color.BLUE.getRGB());
        assertThat(warnings).isEmpty();
    }

    @Test
    void missingFile_givesAPlaceholder_andOneWarning() {
        Artwork art = loader.load(ImageRef.parse("/no/such/icon.png"), ImageLoader.Slot.OVERLAY);
        assertThat(art).isSameAs(Symbols.placeholder());
        assertThat(warnings)
                .containsExactly(
                        "the overlay icon could not be read: /no/such/icon.png (no such file); showing a placeholder");
    }

    @Test
    void notAnImage_givesAPlaceholder_andSaysWhy() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        Artwork art = loader.load(ImageRef.parse(text.toString()), ImageLoader.Slot.ICON);
        assertThat(art).isSameAs(Symbols.placeholder());
        assertThat(warnings).singleElement().asString().contains("not an image format we can read");
    }

    @Test
    void unreadableBanner_becomesAPlainFill() {
        Artwork art = loader.load(ImageRef.parse("/no/such/banner.png"), ImageLoader.Slot.BANNER);
        assertThat(art).isInstanceOf(Artwork.Fill.class);
        assertThat(warnings).singleElement().asString().endsWith("showing a plain banner");
    }

    @Test
    void none_isNoPicture_andNoWarning() {
        assertThat(loader.load(ImageRef.none(), ImageLoader.Slot.ICON)).isNull();
        assertThat(warnings).isEmpty();
    }

    @Test
    void fill_resolvesItsColours() {
        Artwork art = loader.load(ImageRef.parse("gradient=#102030,#405060"), ImageLoader.Slot.BANNER);
        assertThat(art).isEqualTo(new Artwork.Fill(List.of(new Color(0x102030), new Color(0x405060)), true, 0));
    }

    @Test
    void url_isFetched() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(square(32, Color.GREEN), "png", png);
        String url = serve(png.toByteArray(), false);
        Artwork art = loader.load(ImageRef.parse(url), ImageLoader.Slot.ICON);
        assertThat(art.width()).isEqualTo(32);
        assertThat(warnings).isEmpty();
    }

    @Test
    void slowUrl_timesOut_intoAPlaceholder() throws IOException {
        String url = serve(new byte[0], true);
        ImageLoader impatient = new ImageLoader(warnings::add, Duration.ofSeconds(2), Duration.ofMillis(300));
        Artwork art = impatient.load(ImageRef.parse(url), ImageLoader.Slot.ICON);
        assertThat(art).isSameAs(Symbols.placeholder());
        assertThat(warnings).singleElement().asString().contains("(timed out)");
    }

    @Test
    void urlWhoseBodyNeverEnds_timesOut_intoAPlaceholder() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/image", exchange -> {
            try {
                exchange.sendResponseHeaders(200, 0); // chunked: no length, so only the end of the body ends it
                OutputStream out = exchange.getResponseBody();
                out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                out.flush();
                release.await();
                out.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up: nothing to answer
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/image";
        ImageLoader impatient = new ImageLoader(warnings::add, Duration.ofSeconds(1), Duration.ofMillis(500));

        Artwork art = impatient.load(ImageRef.parse(url), ImageLoader.Slot.ICON);

        assertThat(art).isSameAs(Symbols.placeholder());
        assertThat(warnings).singleElement().asString().contains("(timed out)");
    }

    @Test
    void hugeImage_isReadAtAFractionOfItsResolution() throws IOException {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_GRAY);
        Path file = dir.resolve("photo.png");
        ImageIO.write(photo, "png", file.toFile());

        Artwork art = loader.load(ImageRef.parse(file.toString()), ImageLoader.Slot.BANNER);

        assertThat(art.width()).isEqualTo(2000);
        assertThat(art.height()).isEqualTo(1500);
        assertThat(warnings).isEmpty();
    }

    @Test
    void symbolAndBuiltin_comeFromOurOwnArtwork() {
        assertThat(loader.load(ImageRef.parse("SF=lock.fill,colour=red"), ImageLoader.Slot.ICON))
                .isInstanceOf(Artwork.Drawing.class);
        assertThat(loader.load(ImageRef.parse("caution"), ImageLoader.Slot.OVERLAY))
                .isSameAs(Symbols.builtin("caution"));
        assertThat(loader.load(new ImageRef.Text("\u2705"), ImageLoader.Slot.ICON))
                .isEqualTo(new Artwork.Glyph("\u2705"));
        assertThat(warnings).isEmpty();
    }

    /** Serves {@code body} once at /image; {@code stall} holds the answer until the test ends. */
    private String serve(byte[] body, boolean stall) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/image", exchange -> {
            try {
                if (stall) {
                    release.await();
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up (the timeout test): nothing to answer
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/image";
    }
}
