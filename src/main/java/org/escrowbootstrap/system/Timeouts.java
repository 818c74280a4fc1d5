package org.escrowbootstrap.system;

import java.time.Duration;

/**
 * How long {@link RealMac} lets each kind of tool run before it kills it.
 *
 * @param query a question such as {@code profiles status} or {@code dscl -read}
 * @param prompt waiting for one prompt of {@code dscl -authonly} or {@code profiles install}
 * @param escrow the whole {@code profiles install -type bootstraptoken}, which talks to the MDM server
 * @param recon {@code jamf recon}, which gathers and uploads the whole inventory
 */
public record Timeouts(Duration query, Duration prompt, Duration escrow, Duration recon) {

    public Timeouts {
        requirePositive(query, "query");
        requirePositive(prompt, "prompt");
        requirePositive(escrow, "escrow");
        requirePositive(recon, "recon");
    }

    /** 10 s per question and prompt, 60 s for an escrow, 10 min for an inventory update. */
    public static Timeouts defaults() {
        return new Timeouts(
                Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(10));
    }

    /** The same limit for everything; for tests. */
    public static Timeouts all(Duration limit) {
        return new Timeouts(limit, limit, limit, limit);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " timeout must be positive: " + d);
        }
    }
}
