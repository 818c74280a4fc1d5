package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFilesTest {

    @TempDir
    Path cache;

    @Test
    void aFaceIsCopiedIntoTheCacheOnceWithItsSizeInTheName() throws Exception {
        Path first = FontFiles.cached(FlatInterFont.STYLE_REGULAR, cache);

        assertThat(first).isNotNull();
        assertThat(first.getFileName().toString()).matches("Inter-Regular-\\d+\\.otf");
        assertThat(Files.readAllBytes(first)).isEqualTo(jarFace(FlatInterFont.STYLE_REGULAR));
        assertThat(Font.createFont(Font.TRUETYPE_FONT, first.toFile()).getFamily())
                .isEqualTo("Inter");

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(first, written);
        assertThat(FontFiles.cached(FlatInterFont.STYLE_REGULAR, cache)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first)).as("reused, not rewritten").isEqualTo(written);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files).as("no partial copies left behind").containsExactly(first);
        }
    }

    @Test
    void aTruncatedCopyIsReplaced() throws Exception {
        Path file = FontFiles.cached(FlatInterFont.STYLE_BOLD, cache);
        Files.write(file, new byte[] {1, 2, 3});

        Path again = FontFiles.cached(FlatInterFont.STYLE_BOLD, cache);

        assertThat(again).isEqualTo(file);
        assertThat(Files.readAllBytes(again)).isEqualTo(jarFace(FlatInterFont.STYLE_BOLD));
    }

    @Test
    void aCacheThatCannotBeWrittenGivesNoFileSoTheJarsFaceIsUsed() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");

        assertThat(FontFiles.cached(FlatInterFont.STYLE_ITALIC, notAFolder.resolve("fonts")))
                .isNull();
    }

    private static byte[] jarFace(String face) throws Exception {
        try (InputStream in = FlatInterFont.class.getResourceAsStream(face)) {
            return in.readAllBytes();
        }
    }
}
