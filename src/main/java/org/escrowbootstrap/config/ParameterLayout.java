package org.escrowbootstrap.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What Jamf's {@code $4}–{@code $11} mean: ours, or the layout of a public script an admin is migrating from, so that
 * existing policies keep their values when only the script is replaced (see {@code docs/migrating.md}).
 */
public enum ParameterLayout {
    /** Ours: {@code $4} config file, {@code $5}–{@code $10} single settings, {@code $11} key=value pairs. */
    ESCROW_BOOTSTRAP(
            "escrow-bootstrap",
            4,
            11,
            List.of(
                    new JamfParameters.Slot(5, EscrowConfigKey.SUPPORT_CONTACT),
                    new JamfParameters.Slot(6, EscrowConfigKey.BANNER),
                    new JamfParameters.Slot(7, EscrowConfigKey.ICON),
                    new JamfParameters.Slot(8, EscrowConfigKey.MAX_ATTEMPTS),
                    new JamfParameters.Slot(9, EscrowConfigKey.SELF_SERVICE_EXIT_ZERO),
                    new JamfParameters.Slot(10, EscrowConfigKey.RUN_RECON))),
    /**
     * robjschroeder/Bootstrap-Token-Escrow: {@code $4} banner image, {@code $5} info button text, {@code $6} its
     * link, {@code $7} icon, {@code $8} support contact.
     */
    SCHROEDER(
            "schroeder",
            0,
            0,
            List.of(
                    new JamfParameters.Slot(4, EscrowConfigKey.BANNER),
                    new JamfParameters.Slot(5, EscrowConfigKey.SUPPORT_BUTTON_TEXT),
                    new JamfParameters.Slot(6, EscrowConfigKey.SUPPORT_URL),
                    new JamfParameters.Slot(7, EscrowConfigKey.ICON),
                    new JamfParameters.Slot(8, EscrowConfigKey.SUPPORT_CONTACT))),
    /**
     * ScottEKendall/JAMF-Pro-Scripts EscrowBootStrap: no parameters of its own ({@code $3} only); its branding lives
     * in a preference file, read by {@link LegacyPreferences}.
     */
    KENDALL("kendall", 0, 0, List.of());

    private final String id;
    private final int configFileParameter;
    private final int pairsParameter;
    private final List<JamfParameters.Slot> slots;

    ParameterLayout(String id, int configFileParameter, int pairsParameter, List<JamfParameters.Slot> slots) {
        this.id = id;
        this.configFileParameter = configFileParameter;
        this.pairsParameter = pairsParameter;
        this.slots = slots;
    }

    /** The name an admin writes: {@code escrow-bootstrap}, {@code schroeder} or {@code kendall}. */
    public String id() {
        return id;
    }

    /** The layout named {@code id} (any case), if there is one. */
    public static Optional<ParameterLayout> named(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (ParameterLayout layout : values()) {
            if (layout.id.equals(wanted)) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    /** Every layout's name, for messages. */
    public static String names() {
        return String.join(
                ", ", List.of(values()).stream().map(ParameterLayout::id).toList());
    }

    /** The parameter naming a config file, or 0 where the layout has none. */
    int configFileParameter() {
        return configFileParameter;
    }

    /** The parameter holding key=value pairs, or 0 where the layout has none. */
    int pairsParameter() {
        return pairsParameter;
    }

    List<JamfParameters.Slot> slots() {
        return slots;
    }
}
