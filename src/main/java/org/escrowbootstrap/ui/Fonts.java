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
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TextStyle;

/**
 * Turns a {@link TextStyle} into an AWT font: the named family when it is installed, otherwise Inter in the
 * nearest of its weights (light, regular, semibold, bold).
 */
final class Fonts {

    private static Set<String> installedFamilies;

    private Fonts() {}

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
     * which also brings it close to the system font of macOS that swiftDialog uses.
     */
    static Font tracked(Font font) {
        float size = font.getSize2D();
        float tracking = (float) (-0.0223 + 0.185 * Math.exp(-0.1745 * size));
        return font.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
    }

    /** Makes every Inter face known to AWT by name, which the Markdown view's style sheet needs. */
    static void loadInter() {
        FontUtils.loadFontFamily(FlatInterFont.FAMILY);
        FontUtils.loadFontFamily(FlatInterFont.FAMILY_SEMIBOLD);
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
