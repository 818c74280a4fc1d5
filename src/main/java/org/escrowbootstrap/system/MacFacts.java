package org.escrowbootstrap.system;

import static org.escrowbootstrap.system.MacTools.DF;
import static org.escrowbootstrap.system.MacTools.HOSTNAME;
import static org.escrowbootstrap.system.MacTools.IOREG;
import static org.escrowbootstrap.system.MacTools.SCUTIL;
import static org.escrowbootstrap.system.MacTools.SW_VERS;
import static org.escrowbootstrap.system.MacTools.SYSCTL;
import static org.escrowbootstrap.system.MacTools.then;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.system.ToolFailure.Kind;

/** The machine facts of the info box and the template variables, each read by one fast tool under the sysroot. */
final class MacFacts {

    private static final Pattern SERIAL = Pattern.compile("\"IOPlatformSerialNumber\" = \"([^\"]*)\"");
    private static final Pattern PRODUCT_NAME = Pattern.compile("\"product-name\" = <\"([^\"]*)\">");
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+){0,2}");

    private final MacTools tools;
    private final Consumer<String> diagnostics;

    MacFacts(MacTools tools, Consumer<String> diagnostics) {
        this.tools = tools;
        this.diagnostics = diagnostics;
    }

    /** All facts, read in parallel; a fact whose tool fails is "Unknown" and its failure goes to the diagnostics. */
    SystemFacts all() {
        ExecutorService pool = Executors.newFixedThreadPool(7, r -> {
            Thread t = new Thread(r, "mac-facts");
            t.setDaemon(true);
            return t;
        });
        try {
            var name = async(pool, this::computerName);
            var model = async(pool, this::model);
            var chip = async(pool, this::chip);
            var serial = async(pool, this::serialNumber);
            var memory = async(pool, this::memory);
            var disk = async(pool, this::freeDisk);
            var version = async(pool, this::osVersion);
            String os = version.join();
            return new SystemFacts(
                    name.join(),
                    model.join(),
                    chip.join(),
                    serial.join(),
                    memory.join(),
                    disk.join(),
                    os == null ? null : osName(os),
                    os);
        } finally {
            pool.shutdown();
        }
    }

    private CompletableFuture<String> async(ExecutorService pool, Supplier<Result<String>> fact) {
        return CompletableFuture.supplyAsync(
                () -> {
                    Result<String> r = fact.get();
                    if (r instanceof Result.Failed<String> f) {
                        diagnostics.accept("fact unknown: " + f.failure().describe());
                    }
                    return r.orElse(null);
                },
                pool);
    }

    /** The sharing name ({@code scutil --get ComputerName}), e.g. "Jan's MacBook Pro". */
    Result<String> computerName() {
        return then(tools.query(SCUTIL, "--get", "ComputerName"), out -> singleValue(SCUTIL, out));
    }

    /** The host name ({@code hostname}), the fallback for a computer name. */
    Result<String> hostName() {
        return then(tools.query(HOSTNAME), out -> singleValue(HOSTNAME, out));
    }

    /**
     * The marketing name from the device tree (Apple silicon: "MacBook Pro (14-inch, 2023)"), else the model
     * identifier ({@code sysctl hw.model}, e.g. "MacBookPro16,1"), which Intel Macs only offer cheaply.
     */
    Result<String> model() {
        Result<String> marketing = then(tools.query(IOREG, "-rd1", "-p", "IODeviceTree", "-n", "product"), out -> {
            Matcher m = PRODUCT_NAME.matcher(out.stdout());
            return m.find() && !m.group(1).isBlank()
                    ? Result.ok(m.group(1).strip())
                    : Result.failed(IOREG, Kind.NO_OUTPUT, "no product name");
        });
        if (marketing.isOk()) {
            return marketing;
        }
        return then(tools.query(SYSCTL, "-n", "hw.model"), out -> singleValue(SYSCTL, out));
    }

    /** The chip or CPU ({@code sysctl machdep.cpu.brand_string}), e.g. "Apple M3 Pro". */
    Result<String> chip() {
        return then(tools.query(SYSCTL, "-n", "machdep.cpu.brand_string"), out -> singleValue(SYSCTL, out));
    }

    /** The serial number ({@code ioreg -rd1 -c IOPlatformExpertDevice}). */
    Result<String> serialNumber() {
        return then(tools.query(IOREG, "-rd1", "-c", "IOPlatformExpertDevice"), out -> {
            Matcher m = SERIAL.matcher(out.stdout());
            if (m.find() && !m.group(1).isBlank()) {
                return Result.ok(m.group(1).strip());
            }
            return MacOutput.noAnswer(IOREG, out);
        });
    }

    /** Installed memory ({@code sysctl hw.memsize}, bytes), e.g. "36 GB". */
    Result<String> memory() {
        return then(tools.query(SYSCTL, "-n", "hw.memsize"), out -> {
            Result<String> value = singleValue(SYSCTL, out);
            if (!value.isOk()) {
                return value;
            }
            try {
                return Result.ok(memorySize(Long.parseLong(value.value())));
            } catch (NumberFormatException e) {
                return MacOutput.unrecognised(SYSCTL, value.value());
            }
        });
    }

    /** Free space on the system volume ({@code df -k /}, the Available column), e.g. "306 GB". */
    Result<String> freeDisk() {
        return then(tools.query(DF, "-k", "/"), out -> {
            if (out.exitCode() != 0 || out.stdout().isBlank()) {
                return MacOutput.noAnswer(DF, out);
            }
            List<String> lines = out.stdout().strip().lines().toList();
            List<String> header = List.of(lines.get(0).strip().split("\\s+"));
            int column = header.indexOf("Available");
            if (column < 0 || lines.size() < 2) {
                return MacOutput.unrecognised(DF, out.stdout());
            }
            String[] row = lines.get(lines.size() - 1).strip().split("\\s+");
            try {
                return Result.ok(diskSize(Long.parseLong(row[column]) * 1024));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                return MacOutput.unrecognised(DF, out.stdout());
            }
        });
    }

    /** The macOS version ({@code sw_vers -productVersion}), e.g. "15.3.1". */
    Result<String> osVersion() {
        return then(tools.query(SW_VERS, "-productVersion"), out -> {
            Result<String> value = singleValue(SW_VERS, out);
            if (value.isOk() && !VERSION.matcher(value.value()).matches()) {
                return MacOutput.unrecognised(SW_VERS, value.value());
            }
            return value;
        });
    }

    /**
     * The marketing name as swiftDialog prints it: Big Sur, Monterey, Ventura, Sonoma, Sequoia, otherwise
     * "macOS N" (so macOS 26 is "macOS 26"). macOS 10.12–10.15, which swiftDialog never ran on, get their names too.
     */
    static String osName(String version) {
        String[] parts = version.split("\\.");
        int major = parseOr(parts[0], -1);
        int minor = parts.length > 1 ? parseOr(parts[1], -1) : -1;
        return switch (major) {
            case 10 -> switch (minor) {
                case 12 -> "Sierra";
                case 13 -> "High Sierra";
                case 14 -> "Mojave";
                case 15 -> "Catalina";
                default -> "macOS 10";
            };
            case 11 -> "Big Sur";
            case 12 -> "Monterey";
            case 13 -> "Ventura";
            case 14 -> "Sonoma";
            case 15 -> "Sequoia";
            default -> "macOS " + parts[0];
        };
    }

    /** Memory the way About This Mac shows it: binary gigabytes, whole. */
    static String memorySize(long bytes) {
        long gib = 1L << 30;
        if (bytes < gib) {
            return Math.max(0, Math.round(bytes / (double) (1L << 20))) + " MB";
        }
        return Math.round(bytes / (double) gib) + " GB";
    }

    /** Disk space the way Finder shows it: decimal units. */
    static String diskSize(long bytes) {
        if (bytes >= 1_000_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f TB", bytes / 1e12);
        }
        if (bytes >= 1_000_000_000L) {
            return Math.round(bytes / 1e9) + " GB";
        }
        return Math.round(bytes / 1e6) + " MB";
    }

    /** A tool that prints one value: one non-blank line of printable text. */
    static Result<String> singleValue(String tool, ProcessOutput out) {
        if (out.exitCode() != 0) {
            return MacOutput.exitStatus(tool, out);
        }
        String value = out.stdout().strip();
        if (value.isEmpty()) {
            return Result.failed(tool, Kind.NO_OUTPUT, "");
        }
        if (value.length() > 200 || value.chars().anyMatch(c -> Character.isISOControl(c))) {
            return MacOutput.unrecognised(tool, value);
        }
        return Result.ok(value);
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
