package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleIconTest {

    @TempDir
    Path dir;

    static Path bundle(Path dir, String name, String plistKeys) throws IOException {
        Path app = dir.resolve(name + ".app");
        Files.createDirectories(app.resolve("Contents/Resources"));
        Files.writeString(
                app.resolve("Contents/Info.plist"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""
                        + " \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                        + "<plist version=\"1.0\"><dict>" + plistKeys + "</dict></plist>\n");
        return app;
    }

    @Test
    void iconFile_isNamedByCFBundleIconFile_withIcnsAddedWhenMissing() throws IOException {
        Path app = bundle(dir, "Self Service", "<key>CFBundleIconFile</key><string>AppIcon</string>");
        Path icns = Files.createFile(app.resolve("Contents/Resources/AppIcon.icns"));
        assertThat(BundleIcon.iconFile(app)).isEqualTo(icns);
    }

    @Test
    void iconFile_fallsBackToCFBundleIconName() throws IOException {
        Path app = bundle(dir, "Catalog", "<key>CFBundleIconName</key><string>AppIcon</string>");
        Path icns = Files.createFile(app.resolve("Contents/Resources/AppIcon.icns"));
        assertThat(BundleIcon.iconFile(app)).isEqualTo(icns);
    }

    @Test
    void missingPieces_sayWhatIsMissing() throws IOException {
        assertThatThrownBy(() -> BundleIcon.iconFile(dir.resolve("None.app")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no Contents/Info.plist");
        Path noKey = bundle(dir, "NoKey", "<key>CFBundleName</key><string>x</string>");
        assertThatThrownBy(() -> BundleIcon.iconFile(noKey)).hasMessageContaining("names no icon");
        Path noFile = bundle(dir, "NoFile", "<key>CFBundleIconFile</key><string>Gone.icns</string>");
        assertThatThrownBy(() -> BundleIcon.iconFile(noFile)).hasMessageContaining("is missing");
        Path bad = bundle(dir, "Bad", "<key>unterminated");
        assertThatThrownBy(() -> BundleIcon.iconFile(bad)).hasMessageContaining("unreadable Info.plist");
    }
}
