package org.escrowbootstrap.model;

/**
 * One image of {@code --image}, shown above the message (several make a carousel), with its {@code --imagecaption}.
 *
 * @param image the picture
 * @param caption the line under it, or null
 */
public record Picture(ImageRef image, String caption) {

    public Picture {
        if (image == null) {
            throw new IllegalArgumentException("a picture needs an image");
        }
        caption = caption == null || caption.isBlank() ? null : caption;
    }
}
