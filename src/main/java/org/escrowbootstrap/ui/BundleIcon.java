package org.escrowbootstrap.ui;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the icon file of a macOS {@code .app} bundle: {@code CFBundleIconFile} in its {@code Info.plist}. */
final class BundleIcon {

    private BundleIcon() {}

    /** The bundle's {@code .icns} file; an IOException says in plain words what is missing. */
    static Path iconFile(Path bundle) throws IOException {
        Path contents = bundle.resolve("Contents");
        Path plist = contents.resolve("Info.plist");
        if (!Files.isRegularFile(plist)) {
            throw new IOException("no Contents/Info.plist in " + bundle);
        }
        NSObject root;
        try {
            root = PropertyListParser.parse(plist.toFile());
        } catch (Exception e) { // dd-plist throws five unrelated checked exceptions for a bad file
            throw new IOException("unreadable Info.plist in " + bundle, e);
        }
        if (!(root instanceof NSDictionary dict)) {
            throw new IOException("Info.plist of " + bundle + " is not a dictionary");
        }
        String name = text(dict, "CFBundleIconFile");
        if (name == null) {
            name = text(dict, "CFBundleIconName"); // asset-catalog apps often ship a same-named .icns too
        }
        if (name == null) {
            throw new IOException("Info.plist of " + bundle + " names no icon (CFBundleIconFile)");
        }
        String file = name.contains(".") ? name : name + ".icns";
        Path icon = contents.resolve("Resources").resolve(file);
        if (!Files.isRegularFile(icon)) {
            throw new IOException("icon file " + icon + " is missing");
        }
        return icon;
    }

    private static String text(NSDictionary dict, String key) {
        NSObject value = dict.objectForKey(key);
        if (value == null) {
            return null;
        }
        String text = value.toJavaObject().toString().strip();
        return text.isEmpty() ? null : text;
    }
}
