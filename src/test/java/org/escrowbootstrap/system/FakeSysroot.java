package org.escrowbootstrap.system;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A private copy of the fake macOS sysroot ({@code src/test/fake-sysroot}) for one test: POSIX sh imitations of
 * {@code profiles}, {@code dscl}, {@code fdesetup}, {@code scutil}, {@code sysadminctl}, {@code dseditgroup},
 * {@code jamf} and the rest, at their macOS paths, driven by a scenario held in files under
 * {@code private/var/fake} (see the README there).
 *
 * <p>The default scenario is a typical Mac: {@code alice} (uid 501, "Alice Appleseed", password
 * {@value #ALICE_PASSWORD}) is at the console and is an admin with a secure token and FileVault; {@code bob} (uid 502,
 * "Bob", password {@value #BOB_PASSWORD}) is a standard user; the server supports escrow and the token is not
 * escrowed yet. Each fake records its argv, environment and any password it read; {@link #calls()} returns them.
 *
 * <p>Usage: {@code try (FakeSysroot mac = FakeSysroot.create()) { mac.escrowed(true); new RealMac(mac.root(), …) }}.
 */
public final class FakeSysroot implements AutoCloseable {

    public static final String ALICE_PASSWORD = "correct horse battery staple";
    public static final String BOB_PASSWORD = "bob-password";

    /** Failure modes for {@link #mode}. */
    public enum Mode {
        /** Never answers; leaves a grandchild {@code sleep} that only a whole-tree kill removes. */
        HANG,
        /** Prints control characters and nonsense, exit 0. */
        GARBAGE,
        /** Prints nothing, exit 0. */
        EMPTY,
        /** Prints "simulated failure" on stderr, exit 1. */
        FAIL,
        /** {@code profiles install}: refuses as if not run as root. */
        NOT_ROOT,
        /** {@code profiles install} / {@code dseditgroup -o edit}: claims success, changes nothing. */
        NO_EFFECT,
        /** {@code dscl -authonly} / {@code profiles install}: garbage, exit 0, after reading the password. */
        ANSWERED_GARBAGE,
        /** {@code dscl -authonly} / {@code profiles install}: a failure, exit 1, after reading the password. */
        ANSWERED_FAIL;

        String fileValue() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How {@code profiles status} words its answer. */
    public enum StatusStyle {
        STANDARD,
        LOWERCASE,
        SPACING,
        ON_SERVER,
        /** Not supported, printed as two lines ("supported: NO", "escrowed: NO") instead of one. */
        TWO_LINE,
        /** Not supported, printed as "Bootstrap Token functionality is not supported on the server." */
        MESSAGE
    }

    /** How {@code profiles install} asks for the password. */
    public enum PromptStyle {
        /** {@code Enter the password for user 'NAME':} */
        QUOTED,
        /** {@code Enter the password for user NAME:} */
        UNQUOTED,
        /** {@code Enter a password for '/',: } */
        SLASH
    }

    /**
     * One recorded run of a fake tool.
     *
     * @param index the order of the call
     * @param tool the tool's macOS path, e.g. {@code /usr/bin/profiles}
     * @param args its arguments
     * @param environment its environment, {@code NAME=value} lines
     * @param password the exact bytes it read as a password (prompt or argument), or null
     * @param pid its process id
     */
    public record Call(int index, String tool, List<String> args, List<String> environment, byte[] password, long pid) {

        /** The password as text (UTF-8), or null. */
        public String passwordText() {
            return password == null ? null : new String(password, StandardCharsets.UTF_8);
        }
    }

    private final Path root;
    private final Path state;

    private FakeSysroot(Path root) {
        this.root = root;
        this.state = root.resolve("private/var/fake");
    }

    /** Copies the fake sysroot into a new temporary folder and makes its tools executable. */
    public static FakeSysroot create() {
        Path source = Path.of("src/test/fake-sysroot").toAbsolutePath();
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("fake sysroot not found at " + source + " (run tests from the project)");
        }
        try {
            Path target = Files.createTempDirectory("fake-sysroot-");
            copyTree(source, target);
            return new FakeSysroot(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sysroot to give {@link RealMac} (or {@code --sysroot}). */
    public Path root() {
        return root;
    }

    /** Where the scenario and the records live: {@code private/var/fake}. */
    public Path state() {
        return state;
    }

    /** Where the tool with macOS path {@code macPath} lives in this sysroot. */
    public Path tool(String macPath) {
        return root.resolve(macPath.substring(1));
    }

    // ---- scenario ----

    public FakeSysroot consoleUser(String name, int uid) {
        write("console/name", name);
        write("console/uid", Integer.toString(uid));
        return this;
    }

    /** {@code scutil} answers "No such key": no console session at all. */
    public FakeSysroot noConsoleSession() {
        delete("console/name");
        return this;
    }

    /** A second, switched-out session (fast user switching) listed before the console's. */
    public FakeSysroot backgroundSession(String name) {
        write("console/background", name);
        return this;
    }

    /** The computer's preferred languages, {@code /Library/Preferences/.GlobalPreferences.plist}; none removes it. */
    public FakeSysroot systemLanguages(String... tags) {
        writeLanguages(root.resolve("Library/Preferences/.GlobalPreferences.plist"), tags);
        return this;
    }

    private static void writeLanguages(Path file, String... tags) {
        try {
            if (tags.length == 0) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(file.getParent());
            NSDictionary preferences = new NSDictionary();
            preferences.put(
                    "AppleLanguages",
                    new NSArray(Arrays.stream(tags).map(NSString::new).toArray(NSObject[]::new)));
            preferences.put("AppleLocale", tags[0].replace('-', '_'));
            PropertyListParser.saveAsBinary(preferences, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's record, created with defaults when missing; its setters change the scenario at once. */
    public User user(String name) {
        Path dir = state.resolve("users").resolve(name);
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            User user = new User(name);
            int uid = 500 + (int) listUsers().count();
            user.uid(uid).home("/Users/" + name).guid(String.format("%08X-0000-4000-8000-%012X", uid, uid));
        }
        return new User(name);
    }

    public FakeSysroot removeUser(String name) {
        deleteTree(state.resolve("users").resolve(name));
        return this;
    }

    public FakeSysroot serverSupportsEscrow(boolean supported) {
        return flag("server/supported", supported);
    }

    public FakeSysroot escrowed(boolean escrowed) {
        delete("server/lag-left");
        return flag("server/escrowed", escrowed);
    }

    /** After a successful install, the status keeps saying "NO" for this many reads. */
    public FakeSysroot statusLag(int reads) {
        write("server/lag", Integer.toString(reads));
        return this;
    }

    public FakeSysroot statusStyle(StatusStyle style) {
        write("style/profiles-status", style.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return this;
    }

    public FakeSysroot passwordPrompt(PromptStyle style) {
        write("style/profiles-prompt", style.name().toLowerCase(Locale.ROOT));
        return this;
    }

    /** Makes {@code profiles install} refuse an unsupported server before it asks for anything. */
    public FakeSysroot supportCheckedBeforePrompting(boolean first) {
        return flag("style/profiles-checks-first", first);
    }

    /** Keeps terminal echo on while the fakes read a password, to prove the caller redacts an echoed secret. */
    public FakeSysroot echoSecrets(boolean echo) {
        return flag("style/echo-secrets", echo);
    }

    /** Makes the named tool (e.g. {@code profiles}) wait this long after reading its answers. */
    public FakeSysroot delay(String toolName, String seconds) {
        write("style/" + toolName + "-delay", seconds);
        return this;
    }

    /**
     * Sets a failure mode for a tool ({@code "profiles"}) or one of its sub-commands ({@code "profiles-install"},
     * {@code "profiles-status"}, {@code "dscl-read"}, {@code "dscl-authonly"}, {@code "scutil-show"},
     * {@code "scutil-get"}, {@code "dseditgroup-checkmember"}, {@code "dseditgroup-edit"}, {@code "jamf-recon"}, …).
     */
    public FakeSysroot mode(String toolOrSubcommand, Mode mode) {
        write("mode/" + toolOrSubcommand, mode.fileValue());
        return this;
    }

    public FakeSysroot clearMode(String toolOrSubcommand) {
        delete("mode/" + toolOrSubcommand);
        return this;
    }

    /** Sets a host fact file (serial, model-id, product-name, chip, memsize, os-version, computer-name, hostname…). */
    public FakeSysroot host(String fact, String value) {
        write("host/" + fact, value);
        return this;
    }

    public FakeSysroot removeHost(String fact) {
        delete("host/" + fact);
        return this;
    }

    /** Deletes the tool at macOS path {@code macPath}. */
    public FakeSysroot removeTool(String macPath) {
        try {
            Files.deleteIfExists(tool(macPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Takes every execute bit off the tool (a symbolic link is replaced by a copy of its target first). */
    public FakeSysroot makeNotExecutable(String macPath) {
        Path tool = tool(macPath);
        try {
            if (Files.isSymbolicLink(tool)) {
                Path target = tool.toRealPath();
                Files.delete(tool);
                Files.copy(target, tool);
            }
            Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    // ---- state and records ----

    public boolean isEscrowed() {
        return Files.exists(state.resolve("server/escrowed"));
    }

    public boolean isAdmin(String name) {
        return Files.exists(state.resolve("users").resolve(name).resolve("admin"));
    }

    /** Every recorded call, in order. */
    public List<Call> calls() {
        Path log = state.resolve("log");
        if (!Files.isDirectory(log)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(log)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("call-"))
                    .filter(d -> Files.exists(d.resolve("argv"))) // a call still being recorded is not yet one
                    .map(FakeSysroot::readCall)
                    .sorted(Comparator.comparingInt(Call::index))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded calls of the tool at macOS path {@code macPath}, in order. */
    public List<Call> calls(String macPath) {
        return calls().stream().filter(c -> c.tool().equals(macPath)).toList();
    }

    /** Forgets the recorded calls. */
    public FakeSysroot clearCalls() {
        deleteTree(state.resolve("log"));
        return this;
    }

    /** The process id of the {@code sleep} a hanging tool started (its grandchild, from the caller's view). */
    public Optional<Long> hangingGrandchild(String toolName) {
        return readLong("pids/" + toolName + ".grandchild");
    }

    /** The process id of a hanging tool. */
    public Optional<Long> hangingTool(String toolName) {
        return readLong("pids/" + toolName + ".pid");
    }

    /** Deletes the copy, after killing anything a hanging tool left behind. */
    @Override
    public void close() {
        try (Stream<Path> pids =
                Files.isDirectory(state.resolve("pids")) ? Files.list(state.resolve("pids")) : Stream.empty()) {
            pids.forEach(p -> readLong(state.relativize(p).toString())
                    .flatMap(ProcessHandle::of)
                    .ifPresent(ProcessHandle::destroyForcibly));
        } catch (IOException ignored) {
            // Nothing was left running.
        }
        deleteTree(root);
    }

    /** A user of the scenario; each setter writes its file at once. */
    public final class User {
        private final String name;

        private User(String name) {
            this.name = name;
        }

        /** The password, stored as its exact UTF-8 bytes. */
        public User password(String password) {
            write(path("password"), password);
            return this;
        }

        public User realName(String realName) {
            if (realName == null) {
                delete(path("realname"));
            } else {
                write(path("realname"), realName);
            }
            return this;
        }

        public User uid(int uid) {
            write(path("uid"), Integer.toString(uid));
            return this;
        }

        public User guid(String guid) {
            write(path("guid"), guid);
            return this;
        }

        public User home(String home) {
            write(path("home"), home);
            return this;
        }

        public User admin(boolean admin) {
            flag(path("admin"), admin);
            return this;
        }

        public User fileVault(boolean fileVault) {
            flag(path("filevault"), fileVault);
            return this;
        }

        public User secureToken(boolean secureToken) {
            flag(path("securetoken"), secureToken);
            return this;
        }

        public User disabled(boolean disabled) {
            flag(path("disabled"), disabled);
            return this;
        }

        /**
         * The user's preferred languages ({@code AppleLanguages}), written as macOS does: a binary plist in the home
         * folder's {@code Library/Preferences/.GlobalPreferences.plist}; no tags removes the file.
         */
        public User languages(String... tags) {
            String home;
            try {
                home = Files.readString(state.resolve(path("home"))).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writeLanguages(
                    root.resolve(home.substring(1)).resolve("Library/Preferences/.GlobalPreferences.plist"), tags);
            return this;
        }

        private String path(String attribute) {
            return "users/" + name + "/" + attribute;
        }
    }

    // ---- files ----

    private FakeSysroot flag(String relative, boolean on) {
        if (on) {
            write(relative, "");
        } else {
            delete(relative);
        }
        return this;
    }

    private void write(String relative, String content) {
        Path file = state.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String relative) {
        try {
            Files.deleteIfExists(state.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<Path> listUsers() {
        try {
            return Files.list(state.resolve("users")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> readLong(String relative) {
        try {
            return Optional.of(
                    Long.parseLong(Files.readString(state.resolve(relative)).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the fake has finished recording this call: it writes argv, env, then pid, and tests poll the log while
     * tools run, so a call caught half-recorded (argv not there yet) is left out until the next look.
     */
    private static Call readCall(Path dir) {
        try {
            int index = Integer.parseInt(dir.getFileName().toString().substring("call-".length()));
            byte[] raw = Files.readAllBytes(dir.resolve("argv"));
            List<String> argv = splitNul(raw);
            List<String> env = Files.exists(dir.resolve("env"))
                    ? Files.readAllLines(dir.resolve("env"), StandardCharsets.UTF_8)
                    : List.of();
            Path passwordFile = dir.resolve("password");
            byte[] password = Files.exists(passwordFile) ? Files.readAllBytes(passwordFile) : null;
            long pid = Files.exists(dir.resolve("pid"))
                    ? Long.parseLong(Files.readString(dir.resolve("pid")).strip())
                    : -1;
            return new Call(index, argv.get(0), argv.subList(1, argv.size()), env, password, pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> splitNul(byte[] raw) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                parts.add(new String(Arrays.copyOfRange(raw, start, i), StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return List.copyOf(parts);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String rel = source.relativize(dir).toString();
                if (rel.equals("private/var/fake/log") || rel.equals("private/var/fake/pids")) {
                    return FileVisitResult.SKIP_SUBTREE; // records of someone running the fakes in place
                }
                Files.createDirectories(target.resolve(rel));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = source.relativize(file).toString();
                if (rel.equals("private/var/fake/server/lag-left")) {
                    return FileVisitResult.CONTINUE;
                }
                Path to = target.resolve(rel);
                Files.copy(file, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                if (!attrs.isSymbolicLink() && !rel.startsWith("private/") && !rel.endsWith(".plist")) {
                    // Git keeps the execute bit, but an archive or a Windows checkout may not.
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
