package org.escrowbootstrap.config;

/**
 * One merged config value and its origin.
 *
 * @param key the key
 * @param value a String, Integer or Boolean as the key's type says, already checked
 * @param source the layer it came from
 * @param location file and line, or the parameter, for messages
 */
public record EscrowSetting(EscrowConfigKey key, Object value, EscrowConfigSource source, String location) {

    public EscrowSetting {
        if (key == null || value == null || source == null || location == null) {
            throw new IllegalArgumentException("every part of a setting is required");
        }
    }
}
