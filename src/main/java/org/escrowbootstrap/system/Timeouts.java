package org.escrowbootstrap.system;

import java.time.Duration;

/**
 * How long {@link RealMac} lets each kind of tool run before it kills it.
 *
 * @param query a question such as {@code profiles status} or {@code dscl -read}
 * @param prompt waiting for one prompt of {@code dscl -authonly} or {@code profiles install}
 * @param escrow the whole {@code profiles install -type bootstraptoken}, which talks to the MDM server
 * @param elevatedEscrow the same while a standard user is temporarily an admin: shorter, because for that long the
 *     user could use {@code sudo} with the password they just typed
 * @param recon {@code jamf recon}, which gathers and uploads the whole inventory
 */
public record Timeouts(Duration query, Duration prompt, Duration escrow, Duration elevatedEscrow, Duration recon) {

    /** The default limit for an escrow made while the user is temporarily an admin. */
    public static final Duration ELEVATED_ESCROW = Duration.ofSeconds(20);

    public Timeouts {
        requirePositive(query, "query");
        requirePositive(prompt, "prompt");
        requirePositive(escrow, "escrow");
        requirePositive(elevatedEscrow, "elevatedEscrow");
        requirePositive(recon, "recon");
    }

    /** 10 s per question and prompt, 60 s for an escrow (20 s while elevated), 5 min for an inventory update. */
    public static Timeouts defaults() {
        return new Timeouts(
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                ELEVATED_ESCROW,
                Duration.ofMinutes(5));
    }

    /** The same limit for everything; for tests. */
    public static Timeouts all(Duration limit) {
        return new Timeouts(limit, limit, limit, limit, limit);
    }

    /** These limits with {@code query} for every question and {@code recon} for the inventory update. */
    public Timeouts withQueryAndRecon(Duration query, Duration recon) {
        return new Timeouts(query, prompt, escrow, elevatedEscrow, recon);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " timeout must be positive: " + d);
        }
    }
}
