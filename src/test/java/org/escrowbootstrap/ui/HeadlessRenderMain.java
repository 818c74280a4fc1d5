package org.escrowbootstrap.ui;

import java.nio.file.Path;
import java.util.List;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * Renders a dialog with a pure red banner to the PNG named by the first argument; run by
 * {@code DialogRendererTest} in a JVM with {@code java.awt.headless=true} and no display. Prints the result and
 * exits 0 when the PNG was written, 1 when not.
 */
public final class HeadlessRenderMain {

    private HeadlessRenderMain() {}

    public static void main(String[] args) {
        DialogSpec spec = DialogSpec.builder()
                .title("Headless")
                .banner(new ImageRef.Fill(List.of(Colour.rgb(0xFF0000)), false, 0))
                .message("Rendered **without** a screen.")
                .field(TextFieldSpec.password("Enter Password"))
                .infoBox("### System Info\n\nNo display")
                .build();
        RenderResult result =
                DialogRenderer.renderPng(spec, Path.of(args[0]), warning -> System.out.println("warning: " + warning));
        System.out.println(
                result.ok() ? "written " + result.width() + "x" + result.height() : "error: " + result.error());
        System.exit(result.ok() ? 0 : 1);
    }
}
