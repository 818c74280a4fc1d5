package org.escrowbootstrap.system;

import com.dd.plist.BinaryPropertyListParser;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The languages a user prefers, as macOS keeps them: {@code AppleLanguages} in the user's global preferences,
 * {@code ~/Library/Preferences/.GlobalPreferences.plist}, else the computer's in
 * {@code /Library/Preferences/.GlobalPreferences.plist}.
 *
 * <p>Root reads a file the user owns and may replace at will, so it is hostile input: a link at its name is not
 * followed, only a plain binary property list (what {@code cfprefsd} writes) of at most {@value #MAX_BYTES} bytes is
 * read, the read and the parse run on a thread of their own under a deadline (a FIFO swapped in would block the
 * open for ever), anything that goes wrong means "no preference", and only well-formed language tags come out.
 * The worst a user can do is choose the language of their own screens, which they may do anyway.
 */
public final class PreferredLanguages {

    /** Where macOS keeps a user's languages, relative to the home folder. */
    static final String USER_FILE = "Library/Preferences/.GlobalPreferences.plist";

    /** The computer's languages (Setup Assistant's choice), root's file. */
    static final String SYSTEM_FILE = "/Library/Preferences/.GlobalPreferences.plist";

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_LANGUAGES = 20;
    static final Duration DEADLINE = Duration.ofSeconds(2);

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,5}");
    private static final byte[] BINARY_PLIST = "bplist".getBytes(StandardCharsets.US_ASCII);

    private PreferredLanguages() {}

    /**
     * The user's languages, most preferred first, else the computer's; empty when neither can be read.
     *
     * @param sysroot {@code /} on a Mac, a fake root in tests
     * @param home the user's home folder as the directory service records it (absolute), or null
     */
    public static List<String> of(Path sysroot, String home) {
        if (home != null
                && home.startsWith("/")
                && !Arrays.asList(home.split("/")).contains("..")) {
            List<String> user = read(sysroot.resolve(home.substring(1)).resolve(USER_FILE), DEADLINE);
            if (!user.isEmpty()) {
                return user;
            }
        }
        return read(sysroot.resolve(SYSTEM_FILE.substring(1)), DEADLINE);
    }

    /** {@code AppleLanguages} of one preferences file; empty on any trouble, within {@code deadline}. */
    static List<String> read(Path file, Duration deadline) {
        CompletableFuture<List<String>> reading = new CompletableFuture<>();
        Thread worker = new Thread(
                () -> {
                    try {
                        reading.complete(languages(bytes(file)));
                    } catch (Throwable e) {
                        // Damaged or hostile input (deep nesting, absurd counts) means "no preference", whatever
                        // the parser throws: the escrow must go on in English.
                        reading.complete(List.of());
                    }
                },
                "escrow-preferred-languages");
        worker.setDaemon(true); // a worker stuck on a FIFO must not keep the program alive
        worker.start();
        try {
            return reading.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
            throw new IOException("not a plain file of a plausible size: " + file);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            // The file may have grown or been swapped since the check: the cap holds for what is read.
            ByteBuffer buffer = ByteBuffer.allocate(MAX_BYTES + 1);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading
            }
            if (buffer.position() > MAX_BYTES) {
                throw new IOException("too large: " + file);
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    private static List<String> languages(byte[] bytes) throws Exception {
        if (bytes.length < BINARY_PLIST.length
                || !Arrays.equals(Arrays.copyOf(bytes, BINARY_PLIST.length), BINARY_PLIST)) {
            return List.of(); // cfprefsd writes binary; no XML parser for a user's file as root
        }
        NSObject root = BinaryPropertyListParser.parse(bytes);
        if (!(root instanceof NSDictionary dictionary)
                || !(dictionary.get("AppleLanguages") instanceof NSArray array)) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (NSObject item : array.getArray()) {
            if (tags.size() == MAX_LANGUAGES) {
                break;
            }
            if (item instanceof NSString s && TAG.matcher(s.getContent()).matches()) {
                tags.add(s.getContent());
            }
        }
        return List.copyOf(tags);
    }
}
