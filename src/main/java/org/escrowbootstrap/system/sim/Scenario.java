package org.escrowbootstrap.system.sim;

import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.system.ConsoleUser;

/**
 * A named situation the {@link SimulatedMac} plays: who is logged in, what the tools answer, which password works.
 *
 * <p>Unless a scenario says otherwise, the user is {@value SimulatedMac#USER} ("{@value SimulatedMac#FULL_NAME}"),
 * an admin with a secure token, and the password {@value SimulatedMac#DEMO_PASSWORD} is the one that works.
 */
public enum Scenario {
    NOT_ESCROWED("not-escrowed", "The token is not escrowed; the demo password stores it.", Setup.happy()),
    ALREADY_ESCROWED(
            "already-escrowed",
            "The token is already escrowed; nothing to ask.",
            Setup.happy().alreadyEscrowed()),
    WRONG_PASSWORD_FIRST(
            "wrong-password-first",
            "The first password is refused whatever it is, as if mistyped; then the demo password works.",
            Setup.happy().password(PasswordRule.FIRST_REFUSED)),
    WRONG_PASSWORD_ALWAYS(
            "wrong-password-always",
            "Every password is refused, so the attempts run out.",
            Setup.happy().password(PasswordRule.NONE)),
    NOT_FILEVAULT_USER(
            "not-filevault-user",
            "The user has no secure token and is no FileVault user, so cannot escrow.",
            Setup.happy().noSecureToken()),
    STANDARD_USER(
            "standard-user",
            "The user is a standard user: the escrow works only while the user is temporarily an admin.",
            Setup.happy().standard()),
    NOT_SUPPORTED(
            "not-supported",
            "The MDM server does not support Bootstrap Token escrow (profiles prints one line).",
            Setup.happy().unsupported()),
    ESCROW_FAILS(
            "escrow-fails",
            "The password is right but profiles install fails with an error text.",
            Setup.happy().escrow(EscrowBehaviour.FAILS)),
    PENDING_THEN_ESCROWED(
            "pending",
            "profiles install succeeds but the status still reads NO for a few seconds, then YES.",
            Setup.happy().escrow(EscrowBehaviour.LAGS)),
    NOBODY_LOGGED_IN(
            "nobody-logged-in",
            "The login window is showing: nobody to ask.",
            Setup.happy().console("loginwindow")),
    SETUP_ASSISTANT(
            "setup-assistant",
            "Setup Assistant is running (_mbsetupuser): nobody to ask.",
            Setup.happy().console("_mbsetupuser")),
    ROOT_SESSION(
            "root-session",
            "root is logged in at the console: nobody to ask.",
            Setup.happy().console("root")),
    TOOL_HANGS(
            "tool-hangs",
            "profiles status hangs and is stopped after its time limit (a short simulated wait).",
            Setup.happy().status(StatusBehaviour.HANGS)),
    UNKNOWN_STATUS(
            "unknown-status",
            "profiles status prints something unrecognisable.",
            Setup.happy().status(StatusBehaviour.UNRECOGNISED)),
    NO_FULL_NAME(
            "no-full-name",
            "The account has no full name; otherwise like not-escrowed.",
            Setup.happy().noFullName()),
    ACCOUNT_DISABLED(
            "account-disabled",
            "The directory reports the account as disabled when its password is checked.",
            Setup.happy().password(PasswordRule.DISABLED));

    private final String id;
    private final String description;
    private final Setup setup;

    Scenario(String id, String description, Setup setup) {
        this.id = id;
        this.description = description;
        this.setup = setup;
    }

    /** The name used on the command line: {@code preview --scenario wrong-password-first}. */
    public String id() {
        return id;
    }

    /** One line: what this scenario plays. */
    public String description() {
        return description;
    }

    /** Which password works, in words, for the preview's info and {@code --help}. */
    public String passwordHint() {
        if (setup.console() != null) {
            return "no password is asked";
        }
        if (setup.escrowed() || setup.status() != StatusBehaviour.NORMAL || !setup.supported()) {
            return "no password is asked";
        }
        if (!setup.secureToken()) {
            return "no password is asked";
        }
        String elevation = setup.admin() ? "" : ", asked only when behaviour.elevateStandardUsers is on";
        return switch (setup.password()) {
            case DEMO -> "password: " + SimulatedMac.DEMO_PASSWORD + elevation;
            case FIRST_REFUSED -> "password: " + SimulatedMac.DEMO_PASSWORD + " (the first try is always refused)";
            case NONE -> "no password works";
            case DISABLED -> "any password: the account is disabled";
        };
    }

    /** A line for {@code --help}: {@code pending  profiles install succeeds … (password: bootstrap)}. */
    public String summary() {
        return id + " — " + description + " (" + passwordHint() + ")";
    }

    /** Finds a scenario by its id or enum name, ignoring case. */
    public static Optional<Scenario> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Scenario s : values()) {
            if (s.id.equals(wanted) || s.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Every scenario's {@link #summary()}, one per line. */
    public static String catalogue() {
        StringBuilder out = new StringBuilder();
        for (Scenario s : values()) {
            out.append(s.summary()).append('\n');
        }
        return out.toString();
    }

    Setup setup() {
        return setup;
    }

    /** Which password {@code dscl} accepts. */
    enum PasswordRule {
        DEMO,
        FIRST_REFUSED,
        NONE,
        DISABLED
    }

    /** How {@code profiles install} behaves with the right password. */
    enum EscrowBehaviour {
        WORKS,
        FAILS,
        LAGS
    }

    /** How {@code profiles status} behaves. */
    enum StatusBehaviour {
        NORMAL,
        HANGS,
        UNRECOGNISED
    }

    /**
     * The facts a scenario fixes.
     *
     * @param console the console user's name when it is not the simulated user ({@code loginwindow} …), or null
     */
    record Setup(
            String console,
            boolean fullName,
            boolean secureToken,
            boolean admin,
            boolean supported,
            boolean escrowed,
            PasswordRule password,
            EscrowBehaviour escrow,
            StatusBehaviour status) {

        static Setup happy() {
            return new Setup(
                    null,
                    true,
                    true,
                    true,
                    true,
                    false,
                    PasswordRule.DEMO,
                    EscrowBehaviour.WORKS,
                    StatusBehaviour.NORMAL);
        }

        ConsoleUser consoleUser() {
            return ConsoleUser.fromName(console == null ? SimulatedMac.USER : console, console == null ? 501 : 0);
        }

        Setup console(String name) {
            return new Setup(name, fullName, secureToken, admin, supported, escrowed, password, escrow, status);
        }

        Setup noFullName() {
            return new Setup(console, false, secureToken, admin, supported, escrowed, password, escrow, status);
        }

        Setup noSecureToken() {
            return new Setup(console, fullName, false, admin, supported, escrowed, password, escrow, status);
        }

        Setup standard() {
            return new Setup(console, fullName, secureToken, false, supported, escrowed, password, escrow, status);
        }

        Setup unsupported() {
            return new Setup(console, fullName, secureToken, admin, false, escrowed, password, escrow, status);
        }

        Setup alreadyEscrowed() {
            return new Setup(console, fullName, secureToken, admin, supported, true, password, escrow, status);
        }

        Setup password(PasswordRule rule) {
            return new Setup(console, fullName, secureToken, admin, supported, escrowed, rule, escrow, status);
        }

        Setup escrow(EscrowBehaviour behaviour) {
            return new Setup(console, fullName, secureToken, admin, supported, escrowed, password, behaviour, status);
        }

        Setup status(StatusBehaviour behaviour) {
            return new Setup(console, fullName, secureToken, admin, supported, escrowed, password, escrow, behaviour);
        }
    }
}
