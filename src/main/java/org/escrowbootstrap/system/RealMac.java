package org.escrowbootstrap.system;

import static org.escrowbootstrap.system.MacTools.DSCL;
import static org.escrowbootstrap.system.MacTools.DSEDITGROUP;
import static org.escrowbootstrap.system.MacTools.FDESETUP;
import static org.escrowbootstrap.system.MacTools.JAMF;
import static org.escrowbootstrap.system.MacTools.JAMF_LINK;
import static org.escrowbootstrap.system.MacTools.LAUNCHCTL;
import static org.escrowbootstrap.system.MacTools.PROFILES;
import static org.escrowbootstrap.system.MacTools.SCUTIL;
import static org.escrowbootstrap.system.MacTools.SUDO;
import static org.escrowbootstrap.system.MacTools.SYSADMINCTL;
import static org.escrowbootstrap.system.MacTools.then;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.EscrowAttempt.Outcome;
import org.escrowbootstrap.system.ToolFailure.Kind;

/**
 * The {@link MacSystem} of a real Mac: every question answered by the macOS tool made for it, found by its absolute
 * path under a sysroot ({@code /} in production, a folder of fake tools in tests), run through a
 * {@link CommandRunner} with a timeout, and passwords typed only at the tools' prompts on a pseudo-terminal.
 */
public final class RealMac implements MacSystem {

    /** {@code profiles install} asks for the admin's name first. */
    static final Pattern ADMIN_NAME_PROMPT = Pattern.compile("Enter the admin user name:");

    /**
     * Then the password: {@code Enter the password for user 'NAME':}, also seen unquoted, and as
     * {@code Enter a password for '/',:} on some macOS versions.
     */
    static final Pattern ESCROW_PASSWORD_PROMPT = Pattern.compile("Enter (?:the|a) password for [^\\r\\n]*:");

    /** The admin's name, then the password. */
    private static final int ESCROW_PROMPTS = 2;

    /** {@code dscl -authonly} prompts like {@code readpassphrase}. */
    static final Pattern PASSWORD_PROMPT = Pattern.compile("Password:");

    private static final Pattern AUTHENTICATION_FAILED =
            Pattern.compile("Unable to authenticate user information", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_SUPPORTED =
            Pattern.compile("not supported on the server|supported on server\\s*:\\s*NO", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@-]*");

    private final MacTools tools;
    private final MacFacts facts;

    /**
     * A Mac whose tools live under {@code sysroot}.
     *
     * @param sysroot {@code /} on a Mac; a folder of fake tools in tests
     * @param timeouts how long each kind of tool may take
     * @param diagnostics receives one line per tool run (tool, arguments, outcome, duration; never a secret), or null
     */
    public RealMac(Path sysroot, Timeouts timeouts, Consumer<String> diagnostics) {
        Consumer<String> sink = diagnostics == null ? line -> {} : diagnostics;
        this.tools = new MacTools(sysroot, timeouts, new CommandRunner(sink));
        this.facts = new MacFacts(tools, sink);
    }

    /** The Mac this program runs on, with the default timeouts. */
    public static RealMac thisMac(Consumer<String> diagnostics) {
        return new RealMac(Path.of("/"), Timeouts.defaults(), diagnostics);
    }

    /**
     * The languages {@code shortName} prefers, most preferred first ({@link PreferredLanguages}: theirs, else the
     * computer's); empty when unknown. Not a {@link MacSystem} question: only the screens' language depends on it.
     */
    public List<String> preferredLanguages(String shortName) {
        String home = account(shortName) instanceof Result.Ok<UserAccount> ok
                ? ok.value().home()
                : null;
        return PreferredLanguages.of(tools.sysroot(), home);
    }

    @Override
    public Result<ConsoleUser> consoleUser() {
        return then(
                tools.queryWithInput(SCUTIL, "show State:/Users/ConsoleUser\n"),
                out -> MacOutput.consoleUser(SCUTIL, out));
    }

    @Override
    public Result<UserAccount> account(String shortName) {
        Result<UserAccount> invalid = checkName(DSCL, shortName);
        if (invalid != null) {
            return invalid;
        }
        Result<MacOutput.DsclRecord> read = then(
                tools.query(DSCL, ".", "-read", "/Users/" + shortName, "RealName", "GeneratedUID", "NFSHomeDirectory"),
                out -> MacOutput.dsclRead(DSCL, shortName, out));
        if (read instanceof Result.Failed<MacOutput.DsclRecord> f) {
            return Result.failed(f.failure());
        }
        MacOutput.DsclRecord record = read.value();
        Result<Boolean> admin = isAdmin(shortName);
        if (admin instanceof Result.Failed<Boolean> f) {
            return Result.failed(f.failure());
        }
        String realName = record.values().containsKey("RealName")
                ? String.join(" ", record.values().get("RealName"))
                : null;
        return Result.ok(new UserAccount(
                shortName, realName, record.first("GeneratedUID"), record.first("NFSHomeDirectory"), admin.value()));
    }

    /** The account's full name alone ({@code dscl . -read /Users/NAME RealName}): cheaper than {@link #account}. */
    Result<String> realName(String shortName) {
        Result<String> invalid = checkName(DSCL, shortName);
        if (invalid != null) {
            return invalid;
        }
        return then(tools.query(DSCL, ".", "-read", "/Users/" + shortName, "RealName"), out -> MacOutput.dsclRead(
                        DSCL, shortName, out)
                .map(r -> r.values().containsKey("RealName")
                        ? String.join(" ", r.values().get("RealName"))
                        : null));
    }

    /**
     * Whether the user is in the {@code admin} group: {@code dseditgroup -o checkmember} (which also sees nested
     * groups), else the group's {@code GroupMembership} list read with {@code dscl}.
     */
    Result<Boolean> isAdmin(String shortName) {
        Result<Boolean> direct = then(
                tools.query(DSEDITGROUP, "-o", "checkmember", "-m", shortName, "admin"),
                out -> MacOutput.checkMember(DSEDITGROUP, shortName, out));
        if (direct.isOk()) {
            return direct;
        }
        Result<Boolean> listed = then(
                tools.query(DSCL, ".", "-read", "/Groups/admin", "GroupMembership"),
                out -> MacOutput.groupMembership(DSCL, shortName, out));
        return listed.isOk() ? listed : direct;
    }

    @Override
    public Result<Boolean> isFileVaultUser(UserAccount account) {
        return then(tools.query(FDESETUP, "list"), out -> MacOutput.fileVaultUser(FDESETUP, account, out));
    }

    @Override
    public Result<Boolean> hasSecureToken(String shortName) {
        Result<Boolean> invalid = checkName(SYSADMINCTL, shortName);
        if (invalid != null) {
            return invalid;
        }
        return then(
                tools.query(SYSADMINCTL, "-secureTokenStatus", shortName),
                out -> MacOutput.secureToken(SYSADMINCTL, shortName, out));
    }

    @Override
    public Result<TokenStatus> bootstrapTokenStatus() {
        return then(
                tools.query(PROFILES, "status", "-type", "bootstraptoken"),
                out -> MacOutput.tokenStatus(PROFILES, out));
    }

    @Override
    public Result<PasswordCheck> verifyPassword(String shortName, Secret password) {
        Result<PasswordCheck> invalid = checkName(DSCL, shortName);
        if (invalid != null) {
            return invalid;
        }
        List<Exchange> prompts = List.of(new Exchange(
                PASSWORD_PROMPT, Reply.secret(password), tools.timeouts().prompt()));
        // The wait for the prompt plus the check itself, so a missing prompt is reported as such.
        Duration conversation = tools.timeouts().prompt().plus(tools.timeouts().query());
        return then(
                tools.converse(DSCL, conversation, prompts, "/Search", "-authonly", shortName),
                out -> out.answered() < prompts.size()
                        ? endedWithoutAsking(DSCL, out)
                        : MacOutput.passwordCheck(DSCL, out));
    }

    /**
     * Escrows the token by answering {@code profiles install -type bootstraptoken} at its two prompts, then decides by
     * re-reading the status, not by the tool's message: escrowed now; pending (the tool succeeded but the status still
     * says no: it can lag, poll it); authentication failed; not supported by the server; or failed, with the tool's
     * text.
     */
    @Override
    public Result<EscrowAttempt> escrow(String shortName, Secret password, InstallWindow window) {
        Result<ProcessOutput> run;
        try {
            Result<EscrowAttempt> invalid = checkName(PROFILES, shortName);
            if (invalid != null) {
                return invalid;
            }
            Duration limit = window.elevated()
                    ? tools.timeouts().elevatedEscrow()
                    : tools.timeouts().escrow();
            run = install(shortName, password, limit);
        } finally {
            window.afterInstall().run();
        }
        return judgeInstall(run);
    }

    private Result<ProcessOutput> install(String shortName, Secret password, Duration limit) {
        List<Exchange> prompts = List.of(
                new Exchange(
                        ADMIN_NAME_PROMPT,
                        Reply.text(shortName),
                        tools.timeouts().prompt()),
                new Exchange(
                        ESCROW_PASSWORD_PROMPT,
                        Reply.secret(password),
                        tools.timeouts().prompt()));
        return tools.converse(PROFILES, limit, prompts, "install", "-type", "bootstraptoken");
    }

    private Result<EscrowAttempt> judgeInstall(Result<ProcessOutput> run) {
        if (run instanceof Result.Failed<ProcessOutput> f) {
            return Result.failed(f.failure());
        }
        ProcessOutput out = run.value();
        if (out.answered() < ESCROW_PROMPTS && out.exitCode() == 0) {
            return endedWithoutAsking(PROFILES, out); // "success" without the credentials it needs is no success
        }
        // Ending early with an error is an answer, e.g. a server without support refusing before it asks.
        String text =
                MacOutput.afterPrompt(out.stdout(), ESCROW_PASSWORD_PROMPT).strip();
        Result<TokenStatus> after = bootstrapTokenStatus();
        TokenStatus.State state = after.isOk() ? after.value().state() : TokenStatus.State.UNKNOWN;
        return Result.ok(new EscrowAttempt(judge(out.exitCode(), text, state), text));
    }

    static Outcome judge(int exitCode, String toolText, TokenStatus.State statusAfter) {
        if (statusAfter == TokenStatus.State.ESCROWED) {
            return Outcome.ESCROWED;
        }
        if (statusAfter == TokenStatus.State.NOT_SUPPORTED
                || NOT_SUPPORTED.matcher(toolText).find()) {
            return Outcome.NOT_SUPPORTED;
        }
        if (AUTHENTICATION_FAILED.matcher(toolText).find()) {
            return Outcome.AUTHENTICATION_FAILED;
        }
        return exitCode == 0 ? Outcome.PENDING : Outcome.FAILED;
    }

    /**
     * Adds the user to {@code admin} and checks it took: true when the user is now a member; false when the tool
     * claimed success but the user is still not one.
     */
    @Override
    public Result<Boolean> addToAdminGroup(String shortName) {
        Result<Boolean> edited = editAdmin("-a", shortName);
        return edited.isOk() ? isAdmin(shortName) : edited;
    }

    /**
     * Removes the user from {@code admin} and checks it took: true when the user is no longer a member; false when the
     * tool claimed success but the user still is one.
     */
    @Override
    public Result<Boolean> removeFromAdminGroup(String shortName) {
        Result<Boolean> edited = editAdmin("-d", shortName);
        return edited.isOk() ? isAdmin(shortName).map(member -> !member) : edited;
    }

    private Result<Boolean> editAdmin(String flag, String shortName) {
        Result<Boolean> invalid = checkName(DSEDITGROUP, shortName);
        if (invalid != null) {
            return invalid;
        }
        return then(
                tools.query(DSEDITGROUP, "-o", "edit", flag, shortName, "-t", "user", "admin"),
                out -> out.exitCode() == 0 ? Result.ok(true) : MacOutput.exitStatus(DSEDITGROUP, out));
    }

    @Override
    public Result<SystemFacts> facts() {
        return Result.ok(facts.all());
    }

    /** The individual facts, for {@link HostFacts}. */
    MacFacts factReader() {
        return facts;
    }

    /**
     * Runs {@code jamf recon}: the binary where Jamf installs it ({@code /usr/local/jamf/bin/jamf}), its link in
     * {@code /usr/local/bin} only where the binary is missing. The link's folder is writable by the user on Intel Macs
     * with Homebrew; like every tool, it runs only if nobody but root can have put it there.
     */
    @Override
    public Result<Boolean> recon() {
        String jamf = tools.exists(JAMF) || !tools.exists(JAMF_LINK) ? JAMF : JAMF_LINK;
        return then(tools.run(tools.command(jamf, tools.timeouts().recon(), "recon")), out -> {
            if (out.exitCode() != 0) {
                return MacOutput.exitStatus(jamf, out);
            }
            return out.isSilent() ? Result.failed(jamf, Kind.NO_OUTPUT, "") : Result.ok(true);
        });
    }

    /**
     * The argv that runs {@code command} in the console user's GUI session, as swiftDialog does when started as root:
     * {@code launchctl asuser UID sudo -H -u USER command…}, both tools by absolute path under the sysroot.
     */
    public List<String> asConsoleUser(ConsoleUser.LoggedIn user, List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        List<String> argv = new ArrayList<>();
        argv.add(tools.path(LAUNCHCTL).toString());
        argv.add("asuser");
        argv.add(Integer.toString(user.uid()));
        argv.add(tools.path(SUDO).toString());
        argv.add("-H");
        argv.add("-u");
        argv.add(user.shortName());
        argv.addAll(command);
        return List.copyOf(argv);
    }

    private static <T> Result<T> endedWithoutAsking(String tool, ProcessOutput out) {
        return Result.failed(
                tool,
                Kind.NO_PROMPT,
                "it ended (exit " + out.exitCode() + ") without asking for the password"
                        + MacOutput.brief(out.stdout()));
    }

    /** Short names go into argv and record paths: refuse anything that could be read as a path or an option. */
    private static <T> Result<T> checkName(String tool, String shortName) {
        if (shortName == null || !SHORT_NAME.matcher(shortName).matches()) {
            return Result.failed(tool, Kind.IO_ERROR, "«" + shortName + "» is not a valid account name");
        }
        return null;
    }
}
