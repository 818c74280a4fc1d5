package org.escrowbootstrap.ui;

import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import com.formdev.flatlaf.util.FontUtils;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextStyle;

/**
 * Turns a {@link TextStyle} into an AWT font: the named family when it is installed, otherwise Inter in the
 * nearest of its weights (light, regular, semibold, bold).
 *
 * <p>Inter's regular and semibold faces are made known to AWT once, on a background thread started by {@link
 * #prepareInBackground()} (or at the latest by the first caller of {@link #loadInter()}): the packaged app's Java
 * runtime ships them, elsewhere they are registered from files ({@link FontFiles}), which makes AWT list every
 * font of the system first, a cost best paid while the main thread does other work.
 * The regular family comes first ({@link #loadInterRegular()}), which is all the theme needs to be installed.
 */
final class Fonts {

    private static Set<String> installedFamilies;
    private static FutureTask<Void> inter;
    private static final CompletableFuture<Void> regular = new CompletableFuture<>();

    private Fonts() {}

    /**
     * Starts reading and registering Inter on a background thread, if nobody has yet. Call it only once the
     * program has decided whether it runs headless: AWT's font registration fixes that for good.
     */
    static void prepareInBackground() {
        FutureTask<Void> task = interTask();
        if (task != null) {
            Thread thread = new Thread(task, "escrow-fonts");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Makes every Inter face known to AWT by name, which FlatLaf's default font and the Markdown view's style
     * sheet need; waits for the background thread when it is at work, or does the work itself.
     */
    static void loadInter() {
        await(started());
    }

    /**
     * Makes Inter's regular family (regular, italic, bold, bold italic) known to AWT, all FlatLaf's default font
     * needs: the theme can be installed while the semibold faces are still being read.
     */
    static void loadInterRegular() {
        started();
        await(regular);
    }

    /** The registering task, run here and now when nobody has started it (it is done when this returns then). */
    private static Future<Void> started() {
        FutureTask<Void> task = interTask();
        if (task != null) {
            task.run();
        }
        synchronized (Fonts.class) {
            return inter;
        }
    }

    private static void await(Future<Void> stage) {
        try {
            stage.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // FlatLaf falls back to the system font; the dialog still works
        }
    }

    /** The task that registers Inter, the first time only; null when it exists already (started or done). */
    private static synchronized FutureTask<Void> interTask() {
        if (inter != null) {
            return null;
        }
        inter = new FutureTask<>(Fonts::registerInter, null);
        return inter;
    }

    /**
     * Makes the regular and semibold families known ({@link FontFiles}), and the light one when asked for;
     * FlatLaf's loader table (not thread-safe) is touched only before the regular family is announced, after
     * which the Swing thread may use it. Each family is then asked for once, which starts AWT's font manager and
     * opens the face here rather than on the Swing thread.
     */
    private static void registerInter() {
        try {
            FontUtils.registerFontFamilyLoader(
                    FlatInterFont.FAMILY_LIGHT,
                    () -> install(FlatInterFont.STYLE_LIGHT, FlatInterFont.STYLE_LIGHT_ITALIC));
            install(
                    FlatInterFont.STYLE_REGULAR,
                    FlatInterFont.STYLE_ITALIC,
                    FlatInterFont.STYLE_BOLD,
                    FlatInterFont.STYLE_BOLD_ITALIC);
            open(FlatInterFont.FAMILY);
        } finally {
            regular.complete(null);
        }
        install(FlatInterFont.STYLE_SEMIBOLD, FlatInterFont.STYLE_SEMIBOLD_ITALIC);
        open(FlatInterFont.FAMILY_SEMIBOLD);
    }

    private static void open(String family) {
        new Font(family, Font.PLAIN, 1).getFamily();
    }

    private static void install(String... faces) {
        for (String face : faces) {
            FontFiles.install(face);
        }
    }

    /** The font for a style, with the size and weight the region uses when the style does not say. */
    static Font of(TextStyle style, float defaultSize, FontWeight defaultWeight) {
        float size = style.size() != null ? style.size() : defaultSize;
        FontWeight weight = style.weight() != null ? style.weight() : defaultWeight;
        return of(style.fontName(), weight, size);
    }

    static Font of(String fontName, FontWeight weight, float size) {
        if (fontName != null && isInstalled(fontName)) {
            return new Font(fontName, weight.isBold() ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
        }
        return inter(weight, size);
    }

    /** Inter in the face nearest to {@code weight}. */
    static Font inter(FontWeight weight, float size) {
        int css = weight.cssWeight();
        String family;
        int style = Font.PLAIN;
        if (css <= 300) {
            family = FlatInterFont.FAMILY_LIGHT;
        } else if (css < 600) {
            family = FlatInterFont.FAMILY;
        } else if (css < 700) {
            family = FlatInterFont.FAMILY_SEMIBOLD;
        } else {
            family = FlatInterFont.FAMILY;
            style = Font.BOLD;
        }
        return tracked(FontUtils.getCompositeFont(family, style, 1).deriveFont(size));
    }

    /**
     * Inter at the letter spacing its designers recommend for the size ("dynamic metrics"): tighter as it grows,
     * which also brings it close to the system font of macOS that swiftDialog uses. The font remembers its
     * measurements ({@link MeasuredFont}): letter spacing makes each one a run of the text shaper.
     */
    static Font tracked(Font font) {
        float size = font.getSize2D();
        float tracking = (float) (-0.0223 + 0.185 * Math.exp(-0.1745 * size));
        return MeasuredFont.of(font.deriveFont(Map.of(TextAttribute.TRACKING, tracking)));
    }

    private static synchronized boolean isInstalled(String family) {
        if (installedFamilies == null) {
            // Listing the system's fonts is slow, so it happens only when a script names a font.
            installedFamilies = new HashSet<>();
            Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .map(name -> name.toLowerCase(Locale.ROOT))
                    .forEach(installedFamilies::add);
        }
        return installedFamilies.contains(family.toLowerCase(Locale.ROOT));
    }
}
