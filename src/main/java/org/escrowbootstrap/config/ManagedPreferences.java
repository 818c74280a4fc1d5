package org.escrowbootstrap.config;

import com.dd.plist.BinaryPropertyListParser;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import com.dd.plist.XMLPropertyListParser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Reads the escrow settings a configuration profile delivers: {@code /Library/Managed Preferences/<domain>.plist}.
 *
 * <p>The domain is {@value #DOMAIN}. macOS writes the file as a binary or XML property list; both are read. Keys
 * are nested like the JSON file ({@code branding} → {@code banner}) or written as the dotted name
 * ({@code branding.banner}) at the top level, whichever the admin's profile tool makes easier.
 */
public final class ManagedPreferences {

    /** The preference domain of the configuration profile's Application &amp; Custom Settings payload. */
    public static final String DOMAIN = "org.escrowbootstrap";

    private static final String FOLDER = "Library/Managed Preferences";

    private ManagedPreferences() {}

    /** The plist path under {@code root} ({@code /} on a Mac, a sysroot in tests). */
    public static Path path(Path root) {
        return root.resolve(FOLDER).resolve(DOMAIN + ".plist");
    }

    /** Reads the plist at {@code file}; a missing file is no settings and no problem (no profile installed). */
    static EscrowConfigLayer read(Path file) {
        return readDictionary(
                file,
                "the profile's settings are ignored and the escrow goes on with the other sources",
                ManagedPreferences::settings);
    }

    /**
     * Parses the property list at {@code file} and hands its top dictionary to {@code settings}; a missing file is
     * no settings, a damaged one an error saying {@code ignored} (what happens to its settings).
     */
    static EscrowConfigLayer readDictionary(
            Path file, String ignored, BiFunction<Path, NSDictionary, EscrowConfigLayer> settings) {
        if (!Files.exists(file)) {
            return EscrowConfigLayer.empty();
        }
        String name = file.toString();
        NSObject root;
        try {
            root = parse(Files.readAllBytes(file));
        } catch (SAXParseException e) {
            return EscrowConfigLayer.failed(EscrowConfigProblem.error(
                    name + " line " + e.getLineNumber(),
                    null,
                    "not a readable property list (" + oneLine(e) + "); " + ignored));
        } catch (Exception | LinkageError e) {
            // dd-plist throws half a dozen checked types for a damaged file; each means the same to us.
            return EscrowConfigLayer.failed(EscrowConfigProblem.error(
                    name, null, "not a readable property list (" + oneLine(e) + "); " + ignored));
        }
        if (!(root instanceof NSDictionary dictionary)) {
            return EscrowConfigLayer.failed(
                    EscrowConfigProblem.error(name, null, "the property list must hold a dictionary; ignored"));
        }
        return settings.apply(file, dictionary);
    }

    private static EscrowConfigLayer settings(Path file, NSDictionary dictionary) {
        String name = file.toString();
        EscrowConfigSource source = new EscrowConfigSource.ManagedPreferences(file);
        // A relative image path means the profile's own folder, as a config file's means the file's.
        Path base = file.toAbsolutePath().getParent();
        List<EscrowRawSetting> settings = new ArrayList<>();
        List<EscrowConfigProblem> problems = new ArrayList<>();
        for (Map.Entry<String, NSObject> entry : dictionary.entrySet()) {
            String key = entry.getKey();
            NSObject value = entry.getValue();
            if (value instanceof NSDictionary languages && key.equals(EscrowConfig.LANGUAGES_SECTION)) {
                flatten(key, languages, source, name, settings);
            } else if (value instanceof NSDictionary section && EscrowKeySuggestions.isSection(key)) {
                for (Map.Entry<String, NSObject> member : section.entrySet()) {
                    String dotted = key + "." + member.getKey();
                    settings.add(new EscrowRawSetting(dotted, raw(member.getValue()), source, name, base));
                }
            } else if (key.contains(".") || !(value instanceof NSDictionary)) {
                if (isProfileBookkeeping(key)) {
                    continue;
                }
                settings.add(new EscrowRawSetting(key, raw(value), source, name, base));
            } else {
                problems.add(EscrowConfigProblem.warning(
                        name, key, "unknown section" + EscrowKeySuggestions.hintForSection(key) + "; ignored"));
            }
        }
        return new EscrowConfigLayer(settings, problems);
    }

    /** Nested dictionaries as dotted names: {@code languages → de → texts → buttonOk} is {@code languages.de.texts.buttonOk}. */
    private static void flatten(
            String prefix,
            NSDictionary dictionary,
            EscrowConfigSource source,
            String name,
            List<EscrowRawSetting> settings) {
        for (Map.Entry<String, NSObject> member : dictionary.entrySet()) {
            String dotted = prefix + "." + member.getKey();
            if (member.getValue() instanceof NSDictionary inner) {
                flatten(dotted, inner, source, name, settings);
            } else {
                settings.add(new EscrowRawSetting(dotted, raw(member.getValue()), source, name, null));
            }
        }
    }

    /** Parses a binary, XML or ASCII plist; XML errors come back as exceptions, never printed to stderr. */
    static NSObject parse(byte[] bytes) throws Exception {
        if (bytes.length >= 6 && new String(bytes, 0, 6, StandardCharsets.US_ASCII).equals("bplist")) {
            return BinaryPropertyListParser.parse(bytes);
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("<") || start.startsWith("\uFEFF<")) {
            // The JDK's default XML error handler prints "[Fatal Error] …" to stderr, which would land in the
            // Jamf policy log as noise; a quiet handler turns every problem into the exception we report.
            DocumentBuilder builder = XMLPropertyListParser.getDocBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not a problem for us
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            return XMLPropertyListParser.parse(document);
        }
        return PropertyListParser.parse(bytes);
    }

    // macOS and MDM tools add keys of their own to managed preferences, e.g. PayloadUUID; they are not ours.
    private static boolean isProfileBookkeeping(String key) {
        return key.startsWith("Payload") || key.equals("PLComplianceLevel");
    }

    private static Object raw(NSObject value) {
        if (value instanceof NSString s) {
            return s.getContent();
        }
        if (value instanceof NSNumber n) {
            return switch (n.type()) {
                case NSNumber.BOOLEAN -> n.boolValue();
                case NSNumber.INTEGER -> n.longValue(); // a Long: see NumberText.whole
                default -> new BigDecimal(Double.toString(n.doubleValue()));
            };
        }
        if (value instanceof NSDictionary) {
            return new EscrowRawSetting.Unsupported("a dictionary");
        }
        if (value instanceof NSArray) {
            return new EscrowRawSetting.Unsupported("an array");
        }
        if (value instanceof NSDate) {
            return new EscrowRawSetting.Unsupported("a date");
        }
        if (value instanceof NSData) {
            return new EscrowRawSetting.Unsupported("data");
        }
        return new EscrowRawSetting.Unsupported("a " + value.getClass().getSimpleName());
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
