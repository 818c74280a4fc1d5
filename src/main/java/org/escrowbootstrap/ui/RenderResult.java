package org.escrowbootstrap.ui;

import java.nio.file.Path;

/**
 * What {@link DialogRenderer#renderPng} did: the PNG written and its pixel size, or a one-line error.
 *
 * @param file the PNG written, or null on failure
 * @param width width in pixels (the window width times the render scale)
 * @param height height in pixels
 * @param error what went wrong, in plain words, or null on success
 */
public record RenderResult(Path file, int width, int height, String error) {

    static RenderResult written(Path file, int width, int height) {
        return new RenderResult(file, width, height, null);
    }

    static RenderResult failed(String error) {
        return new RenderResult(null, 0, 0, error);
    }

    public boolean ok() {
        return error == null;
    }
}
