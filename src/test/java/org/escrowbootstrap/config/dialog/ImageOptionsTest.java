package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Picture;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;

/** {@code --image} and {@code --imagecaption}, from the command line and JSON. */
class ImageOptionsTest {

    private static DialogRequest read(String... args) {
        return DialogSpecReader.read(List.of(args), TemplateVariables.of(Map.of()));
    }

    @Test
    void images_pairWithCaptionsByOrder() {
        DialogRequest request = read("--image", "/a.png", "-g", "/b.png", "--imagecaption", "First");

        assertThat(request.spec().images())
                .containsExactly(
                        new Picture(ImageRef.parse("/a.png"), "First"), new Picture(ImageRef.parse("/b.png"), null));
        assertThat(request.warnings()).isEmpty();
    }

    @Test
    void json_objectsWithImagenameAndCaption_orAPlainSource() {
        assertThat(read(
                                "--jsonstring",
                                "{\"image\": [{\"imagename\": \"/a.png\", \"caption\": \"A\"}, {\"caption\": \"x\"}]}")
                        .spec()
                        .images())
                .containsExactly(new Picture(ImageRef.parse("/a.png"), "A"));
        assertThat(read("--jsonstring", "{\"image\": \"/b.png\", \"imagecaption\": \"B\"}")
                        .spec()
                        .images())
                .containsExactly(new Picture(ImageRef.parse("/b.png"), "B"));
    }

    @Test
    void moreCaptionsThanImages_warnsOnce() {
        assertThat(read("--image", "/a.png", "--imagecaption", "A", "--imagecaption", "B")
                        .warnings())
                .containsExactly("--imagecaption given more often than --image; the extra captions are ignored");
    }
}
