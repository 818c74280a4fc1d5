package org.escrowbootstrap.ui;

import io.nayuki.qrcodegen.QrCode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A QR code drawn as a picture ({@code --icon qr=<text>}), encoded by the qrcodegen library.
 *
 * <p>The modules become one vector shape, so the code stays sharp at any icon size and in the 2x screenshot. Dark
 * modules on white whatever the window's appearance, as swiftDialog's Core Image generator draws them: a reader
 * needs the contrast. Error correction is medium, the generator's default.
 */
final class QrPicture {

    /** Light modules around the code, so that it stays readable on a dark window or next to other pictures. */
    static final int BORDER = 2;

    private QrPicture() {}

    /** The code for {@code text}, as its library encodes it; fails for text too long for any QR code. */
    static QrCode encode(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    /** The picture of {@code text}'s code: one unit per module, {@link #BORDER} light modules on each side. */
    static Artwork of(String text) {
        QrCode code = encode(text);
        int size = code.size + 2 * BORDER;
        Path2D.Double dark = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    // runs of dark modules in a row become one rectangle: fewer seams for the antialiasing
                    int run = x;
                    while (run + 1 < code.size && code.getModule(run + 1, y)) {
                        run++;
                    }
                    dark.append(new Rectangle2D.Double(x + BORDER, y + BORDER, run - x + 1, 1), false);
                    x = run;
                }
            }
        }
        Rectangle2D box = new Rectangle2D.Double(0, 0, size, size);
        AffineTransform none = new AffineTransform();
        BasicStroke noLine = new BasicStroke(0);
        return new Artwork.Drawing(
                size,
                size,
                box,
                List.of(
                        new Artwork.Drawing.Layer(box, none, Color.WHITE, 1f, null, 0f, noLine),
                        new Artwork.Drawing.Layer(dark, none, Color.BLACK, 1f, null, 0f, noLine)));
    }
}
