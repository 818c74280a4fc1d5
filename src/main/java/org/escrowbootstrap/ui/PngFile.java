package org.escrowbootstrap.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Writes a rendered screen as a PNG, quickly: encoding took most of the time of {@code --screenshot} and of {@code
 * preview --screenshots} after the drawing itself.
 *
 * <p>A screen is opaque, so it is written without its alpha channel (a quarter less for the encoder to filter and
 * compress, the same pixels when read back), from the rendered image's own pixels, not a copy; and at zlib level
 * {@value #ZLIB_LEVEL} where the JDK's writer uses 4.
 */
final class PngFile {

    /**
     * The best of zlib's three fast levels (1 to 3 match without its lazy evaluation): without the alpha channel the
     * 36 README and escrow screens came out 8 % smaller than the JDK's level 4 made them with it, and one screen
     * took 120 instead of 153 ms to encode in a fresh JVM of the packaged runtime (level 6: 27 % smaller, 146 ms).
     */
    static final int ZLIB_LEVEL = 3;

    private PngFile() {}

    /**
     * A transparent image of {@code width} x {@code height} points at {@code scale}, and its graphics set up as every
     * PNG we write is drawn: antialiased shapes and text, quality rendering, points scaled to pixels.
     */
    static Canvas canvas(int width, int height, double scale) {
        BufferedImage image = new BufferedImage(
                (int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        return new Canvas(image, g);
    }

    /** An image and the graphics drawing on it; the caller disposes of the graphics. */
    record Canvas(BufferedImage image, Graphics2D graphics) {}

    /** Writes {@code image} to {@code file}, replacing it. */
    static void write(BufferedImage image, File file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        // The JDK's writer turns quality q into zlib level 9 - round(9 q).
        param.setCompressionQuality((9 - ZLIB_LEVEL) / 9f);
        // Opened directly (not through ImageIO's stream lookup) so that a refusal keeps the system's reason, and
        // emptied first: the stream writes over a file without shortening it, a smaller PNG would keep the old tail.
        try (RandomAccessFile opened = new RandomAccessFile(file, "rw");
                FileImageOutputStream out = new FileImageOutputStream(opened)) {
            opened.setLength(0);
            writer.setOutput(out);
            writer.write(null, new IIOImage(withoutAlphaIfOpaque(image), null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * The same pixels as an RGB image sharing {@code image}'s memory when {@code image} is an ARGB image with no
     * transparent pixel; else {@code image} itself.
     */
    static BufferedImage withoutAlphaIfOpaque(BufferedImage image) {
        WritableRaster argb = image.getRaster();
        if (image.getType() != BufferedImage.TYPE_INT_ARGB
                || !(argb.getDataBuffer() instanceof DataBufferInt buffer)
                || !(argb.getSampleModel() instanceof SinglePixelPackedSampleModel layout)
                || buffer.getNumBanks() != 1
                || buffer.getOffset() != 0
                || argb.getParent() != null
                || layout.getScanlineStride() != image.getWidth()) {
            return image; // not an image as the renderer makes them: written as it is
        }
        int[] pixels = buffer.getData();
        for (int pixel : pixels) {
            if (pixel >>> 24 != 0xFF) {
                return image;
            }
        }
        int[] rgb = {0xFF0000, 0xFF00, 0xFF};
        WritableRaster raster =
                Raster.createPackedRaster(buffer, image.getWidth(), image.getHeight(), image.getWidth(), rgb, null);
        return new BufferedImage(new DirectColorModel(24, rgb[0], rgb[1], rgb[2]), raster, false, null);
    }
}
