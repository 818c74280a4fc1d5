package org.escrowbootstrap.system;

/**
 * Facts about the machine for the info box and the template variables; each is "Unknown" when it cannot be read.
 *
 * @param computerName the sharing name, e.g. "Jan's MacBook Pro"
 * @param model the marketing model name, e.g. "MacBook Pro (14-inch, 2023)"
 * @param chip the chip or CPU, e.g. "Apple M3 Pro"
 * @param serialNumber the serial number
 * @param memory installed memory, e.g. "36 GB"
 * @param freeDisk free space on the system volume, e.g. "306 GB"
 * @param osName the OS's marketing name, e.g. "Sequoia" or "macOS 26"
 * @param osVersion e.g. "15.3.1"
 */
public record SystemFacts(
        String computerName,
        String model,
        String chip,
        String serialNumber,
        String memory,
        String freeDisk,
        String osName,
        String osVersion) {

    public static final String UNKNOWN = "Unknown";

    public SystemFacts {
        computerName = orUnknown(computerName);
        model = orUnknown(model);
        chip = orUnknown(chip);
        serialNumber = orUnknown(serialNumber);
        memory = orUnknown(memory);
        freeDisk = orUnknown(freeDisk);
        osName = orUnknown(osName);
        osVersion = orUnknown(osVersion);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.strip();
    }
}
