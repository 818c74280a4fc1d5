package org.escrowbootstrap.system;

/**
 * A local user account as the directory service describes it.
 *
 * @param shortName the account name
 * @param realName the full name, or null when the record has none
 * @param generatedUid the account's GeneratedUID (what {@code fdesetup list} prints)
 * @param home the home folder, or null
 * @param admin member of the {@code admin} group
 */
public record UserAccount(String shortName, String realName, String generatedUid, String home, boolean admin) {

    public UserAccount {
        if (shortName == null || shortName.isBlank()) {
            throw new IllegalArgumentException("short name must not be blank");
        }
        realName = realName == null || realName.isBlank() ? null : realName.strip();
    }

    /** The first word of the full name, or null when the full name is unknown: greet nobody as "Good morning ." */
    public String firstName() {
        if (realName == null) {
            return null;
        }
        return realName.split("\\s+")[0];
    }
}
