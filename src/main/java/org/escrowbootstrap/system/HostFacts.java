package org.escrowbootstrap.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.escrowbootstrap.model.TemplateVariables;

/**
 * The template variables of the dialog engine, as swiftDialog offers them: {@code {serialnumber}},
 * {@code {computername}}, {@code {computermodel}}, {@code {username}}, {@code {userfullname}}, {@code {osname}},
 * {@code {osversion}}, and every environment variable (which wins over a built-in of the same name).
 *
 * <p>Lazy and cached: a value is computed the first time a text uses it, so a dialog whose texts use none starts
 * without running a single tool. On macOS the values come from the same tools as {@link RealMac}, under the sysroot;
 * on Linux and Windows from their own cheap equivalents.
 */
public final class HostFacts implements TemplateVariables {

    /** The built-in names. */
    public static final Set<String> NAMES =
            Set.of("serialnumber", "computername", "computermodel", "username", "userfullname", "osname", "osversion");

    static final String SERIAL_UNKNOWN = "Serial Unknown";

    private final Map<String, String> environment;
    private final Map<String, Function<HostFacts, String>> builtIns;
    private final Map<String, String> cache = new HashMap<>();

    private HostFacts(Map<String, String> environment, Map<String, Function<HostFacts, String>> builtIns) {
        this.environment = Map.copyOf(environment);
        this.builtIns = Map.copyOf(builtIns);
    }

    /**
     * The variables of the machine this program runs on, its tools found under {@code sysroot} ({@code /} normally).
     *
     * @param diagnostics receives one line per tool run on macOS, or null
     */
    public static HostFacts forThisHost(Path sysroot, Consumer<String> diagnostics) {
        String os = System.getProperty("os.name", "");
        String osVersion = System.getProperty("os.version", "");
        String user = System.getProperty("user.name", "");
        Map<String, String> env = System.getenv();
        String lower = os.toLowerCase(Locale.ROOT);
        if (lower.contains("mac") || lower.contains("darwin")) {
            return mac(new RealMac(sysroot, Timeouts.defaults(), diagnostics), env, user, osVersion);
        }
        if (lower.contains("windows")) {
            return windows(env, user, os, osVersion);
        }
        return linux(sysroot, env, user, os, osVersion);
    }

    /** macOS: the tools under {@code mac}'s sysroot; {@code processUser} is who runs this program. */
    static HostFacts mac(RealMac mac, Map<String, String> env, String processUser, String javaOsVersion) {
        MacFacts facts = mac.factReader();
        Map<String, Function<HostFacts, String>> values = new HashMap<>();
        values.put("serialnumber", self -> facts.serialNumber().orElse(SERIAL_UNKNOWN));
        values.put("computername", self -> facts.computerName()
                .orElse(facts.hostName().orElse("Mac")));
        values.put("computermodel", self -> facts.model().orElse("Mac"));
        values.put(
                "username",
                self -> mac.consoleUser().orElse(null) instanceof ConsoleUser.LoggedIn in
                        ? in.shortName()
                        : processUser);
        values.put("userfullname", self -> nonBlank(mac.realName(processUser).orElse(null), processUser));
        values.put("osversion", self -> facts.osVersion().orElse(javaOsVersion));
        values.put("osname", self -> MacFacts.osName(self.value("osversion")));
        return new HostFacts(env, values);
    }

    /**
     * Linux: {@code /etc/os-release}, the DMI product name and serial (the serial is usually readable by root only),
     * the kernel's host name, and the full name from the {@code passwd} GECOS field; paths under {@code root}.
     */
    static HostFacts linux(Path root, Map<String, String> env, String processUser, String javaOs, String javaVersion) {
        Map<String, Function<HostFacts, String>> values = new HashMap<>();
        values.put("serialnumber", self -> firstLine(root.resolve("sys/class/dmi/id/product_serial"))
                .orElse(SERIAL_UNKNOWN));
        values.put("computername", self -> firstLine(root.resolve("proc/sys/kernel/hostname"))
                .or(() -> firstLine(root.resolve("etc/hostname")))
                .or(() -> Optional.ofNullable(env.get("HOSTNAME")).filter(s -> !s.isBlank()))
                .orElse("localhost"));
        values.put("computermodel", self -> firstLine(root.resolve("sys/class/dmi/id/product_name"))
                .orElse(SystemFacts.UNKNOWN));
        values.put("username", self -> processUser);
        values.put("userfullname", self -> gecosName(root.resolve("etc/passwd"), processUser)
                .orElse(processUser));
        values.put("osname", self -> osRelease(root, "NAME").orElse(javaOs));
        values.put("osversion", self -> osRelease(root, "VERSION_ID").orElse(javaVersion));
        return new HostFacts(env, values);
    }

    /** Windows: the environment and Java's own OS properties; no cheap source for a serial number or model. */
    static HostFacts windows(Map<String, String> env, String processUser, String javaOs, String javaVersion) {
        Map<String, Function<HostFacts, String>> values = new HashMap<>();
        values.put("serialnumber", self -> SERIAL_UNKNOWN);
        values.put("computername", self -> nonBlank(env.get("COMPUTERNAME"), "localhost"));
        values.put("computermodel", self -> SystemFacts.UNKNOWN);
        values.put("username", self -> nonBlank(env.get("USERNAME"), processUser));
        values.put("userfullname", self -> nonBlank(env.get("USERNAME"), processUser));
        values.put("osname", self -> javaOs);
        values.put("osversion", self -> javaVersion);
        return new HostFacts(env, values);
    }

    @Override
    public Optional<String> lookup(String name) {
        String fromEnvironment = environment.get(name);
        if (fromEnvironment != null) {
            return Optional.of(fromEnvironment);
        }
        return builtIns.containsKey(name) ? Optional.of(value(name)) : Optional.empty();
    }

    /** A built-in's value, computed once. Re-entrant, so one built-in may use another. */
    private synchronized String value(String name) {
        String known = cache.get(name);
        if (known == null) {
            known = nonBlank(builtIns.get(name).apply(this), SystemFacts.UNKNOWN);
            cache.put(name, known);
        }
        return known;
    }

    static Optional<String> osRelease(Path root, String key) {
        for (Path file : List.of(root.resolve("etc/os-release"), root.resolve("usr/lib/os-release"))) {
            for (String line : lines(file)) {
                if (line.startsWith(key + "=")) {
                    String value = line.substring(key.length() + 1).strip();
                    if (value.length() >= 2
                            && (value.startsWith("\"") && value.endsWith("\"")
                                    || value.startsWith("'") && value.endsWith("'"))) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value.isBlank() ? Optional.empty() : Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The GECOS field's first part (the full name) of {@code user}'s {@code passwd} line. */
    static Optional<String> gecosName(Path passwd, String user) {
        for (String line : lines(passwd)) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 5 && fields[0].equals(user)) {
                String full = fields[4].split(",", -1)[0].strip();
                return full.isEmpty() ? Optional.empty() : Optional.of(full);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstLine(Path file) {
        List<String> lines = lines(file);
        return lines.isEmpty() || lines.get(0).isBlank()
                ? Optional.empty()
                : Optional.of(lines.get(0).strip());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return List.of(); // missing or root-only (e.g. the DMI serial): the caller falls back
        }
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
