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

    @Test
    void aShippedFolderIsReadInPlace() throws Exception {
        Path shipped = Files.createDirectories(cache.resolve("app/fonts"));
        Path face = Files.write(shipped.resolve(FlatInterFont.STYLE_SEMIBOLD), jarFace(FlatInterFont.STYLE_SEMIBOLD));
        String before = System.getProperty(FontFiles.DIRECTORY_PROPERTY);
        System.setProperty(FontFiles.DIRECTORY_PROPERTY, shipped.toString());
        try {
            assertThat(FontFiles.locate(FlatInterFont.STYLE_SEMIBOLD)).isEqualTo(face);
        } finally {
            if (before == null) {
                System.clearProperty(FontFiles.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(FontFiles.DIRECTORY_PROPERTY, before);
            }
        }
    }

    private static byte[] jarFace(String face) throws Exception {
        try (InputStream in = FlatInterFont.class.getResourceAsStream(face)) {
            return in.readAllBytes();
        }
    }
}
