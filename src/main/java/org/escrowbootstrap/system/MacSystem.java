package org.escrowbootstrap.system;

import org.escrowbootstrap.model.Secret;

/**
 * Every question the escrow asks the Mac, in domain terms; {@link RealMac} asks the real tools, tests a simulation.
 *
 * <p>No method throws: a tool that is missing, fails, hangs or prints nonsense comes back as {@link Result.Failed}
 * naming the tool. A {@link Secret} passed in is read, never wiped, never copied into a String, an argv or an
 * environment: the caller owns it.
 */
public interface MacSystem {

    /** Who is logged in at the console ({@code scutil}). */
    Result<ConsoleUser> consoleUser();

    /** The account's record ({@code dscl . -read /Users/NAME}). */
    Result<UserAccount> account(String shortName);

    /** Whether the account is a FileVault user ({@code fdesetup list}, exact short name or GeneratedUID). */
    Result<Boolean> isFileVaultUser(UserAccount account);

    /** Whether the account holds a secure token ({@code sysadminctl -secureTokenStatus}). */
    Result<Boolean> hasSecureToken(String shortName);

    /** The Bootstrap Token status ({@code profiles status -type bootstraptoken}). */
    Result<TokenStatus> bootstrapTokenStatus();

    /** Checks a password ({@code dscl /Search -authonly}, answered at its prompt on a pseudo-terminal). */
    Result<PasswordCheck> verifyPassword(String shortName, Secret password);

    /**
     * Escrows the token ({@code profiles install -type bootstraptoken}, answered at its prompts), then judges it by
     * re-reading the status; {@code window} says how the install runs and what follows it at once.
     */
    Result<EscrowAttempt> escrow(String shortName, Secret password, InstallWindow window);

    /** Escrows the token by a user who is an admin anyway. */
    default Result<EscrowAttempt> escrow(String shortName, Secret password) {
        return escrow(shortName, password, InstallWindow.ORDINARY);
    }

    /** Adds the user to the {@code admin} group ({@code dseditgroup}). */
    Result<Boolean> addToAdminGroup(String shortName);

    /** Removes the user from the {@code admin} group ({@code dseditgroup}). */
    Result<Boolean> removeFromAdminGroup(String shortName);

    /** Facts for the info box. */
    Result<SystemFacts> facts();

    /** Updates the Jamf Pro inventory ({@code jamf recon}), so Smart Groups see the new status. */
    Result<Boolean> recon();
}
