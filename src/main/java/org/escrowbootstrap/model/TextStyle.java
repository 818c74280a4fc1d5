package org.escrowbootstrap.model;

/**
 * The look of a text block ({@code --titlefont}, {@code --messagefont}); a null component means "the theme's default".
 *
 * @param size points
 * @param weight font weight
 * @param colour text colour
 * @param fontName a font family name; when not installed the theme's font is used
 * @param shadow a drop shadow (titles over banners)
 * @param alignment horizontal alignment
 * @param offset horizontal offset in points from the aligned position
 */
public record TextStyle(
        Float size,
        FontWeight weight,
        Colour colour,
        String fontName,
        boolean shadow,
        Alignment alignment,
        Integer offset) {

    public TextStyle {
        if (size != null && !(size > 0 && size < 400)) {
            throw new IllegalArgumentException("font size out of range: " + size);
        }
    }

    public static TextStyle defaults() {
        return new TextStyle(null, null, null, null, false, null, null);
    }

    public TextStyle withSize(Float value) {
        return new TextStyle(value, weight, colour, fontName, shadow, alignment, offset);
    }

    public TextStyle withWeight(FontWeight value) {
        return new TextStyle(size, value, colour, fontName, shadow, alignment, offset);
    }

    public TextStyle withColour(Colour value) {
        return new TextStyle(size, weight, value, fontName, shadow, alignment, offset);
    }

    public TextStyle withFontName(String value) {
        return new TextStyle(size, weight, colour, value, shadow, alignment, offset);
    }

    public TextStyle withShadow(boolean value) {
        return new TextStyle(size, weight, colour, fontName, value, alignment, offset);
    }

    public TextStyle withAlignment(Alignment value) {
        return new TextStyle(size, weight, colour, fontName, shadow, value, offset);
    }

    public TextStyle withOffset(Integer value) {
        return new TextStyle(size, weight, colour, fontName, shadow, alignment, value);
    }
}
