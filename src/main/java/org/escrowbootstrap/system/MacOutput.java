package org.escrowbootstrap.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escrowbootstrap.system.ToolFailure.Kind;

/**
 * Reads what the macOS user and token tools print: each method takes a finished run and returns the answer, or the
 * failure that names the tool and what it did instead. Exact matches only: a name is never found as a substring.
 */
final class MacOutput {

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final Pattern TOP_LEVEL_NAME = Pattern.compile("(?m)^\\s*Name : (.*?)\\s*$");
    private static final Pattern TOP_LEVEL_UID = Pattern.compile("(?m)^\\s*UID : (\\d+)\\s*$");
    private static final Pattern SUPPORTED =
            Pattern.compile("bootstrap\\s+token\\s+supported\\s+on\\s+(?:the\\s+)?server\\s*:\\s*(\\w+)", I);
    private static final Pattern ESCROWED =
            Pattern.compile("bootstrap\\s+token\\s+escrowed\\s+(?:to|on)\\s+(?:the\\s+)?server\\s*:\\s*(\\w+)", I);
    private static final Pattern NOT_SUPPORTED_MESSAGE =
            Pattern.compile("bootstrap\\s+token\\s+functionality\\s+is\\s+not\\s+supported\\s+on\\s+the\\s+server", I);
    private static final Pattern CHECK_MEMBER =
            Pattern.compile("^(yes|no)\\s+(\\S+)\\s+is\\s+(?:not\\s+)?a\\s+member", I);
    private static final Pattern SECURE_TOKEN =
            Pattern.compile("Secure token is (ENABLED|DISABLED) for user (\\S+)", I);
    private static final Pattern FDESETUP_LINE = Pattern.compile("^([^,\\s]+),([0-9A-Fa-f-]{36})$");
    private static final Pattern PASSWORD_PROMPT = Pattern.compile("Password:");
    private static final Pattern AUTH_FAILED =
            Pattern.compile("eDSAuthFailed|-14090|eDSRecordNotFound|-14136|Authentication for node \\S+ failed", I);
    private static final Pattern ACCOUNT_DISABLED = Pattern.compile("eDSAuthAccountDisabled|-14167", I);

    private MacOutput() {}

    /** {@code scutil} given {@code show State:/Users/ConsoleUser}: the top-level {@code Name} and {@code UID}. */
    static Result<ConsoleUser> consoleUser(String tool, ProcessOutput out) {
        String text = out.stdout();
        if (out.exitCode() != 0) {
            return exitStatus(tool, out);
        }
        if (text.isBlank()) {
            return Result.failed(tool, Kind.NO_OUTPUT, "");
        }
        if (text.contains("No such key")) {
            return Result.ok(new ConsoleUser.Nobody(ConsoleUser.Reason.LOGIN_WINDOW));
        }
        Matcher name = TOP_LEVEL_NAME.matcher(text);
        if (!name.find() || name.group(1).isEmpty()) {
            return unrecognised(tool, text);
        }
        Matcher uid = TOP_LEVEL_UID.matcher(text);
        ConsoleUser user = ConsoleUser.fromName(name.group(1), uid.find() ? Integer.parseInt(uid.group(1)) : -1);
        if (user instanceof ConsoleUser.LoggedIn in && in.uid() < 0) {
            return unrecognised(tool, "no UID for " + in.shortName());
        }
        return Result.ok(user);
    }

    /** One {@code dscl -read} record: each key's values, and the keys it said it does not have. */
    record DsclRecord(Map<String, List<String>> values, Set<String> missing) {

        String first(String key) {
            List<String> v = values.get(key);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        boolean isEmpty() {
            return values.isEmpty() && missing.isEmpty();
        }
    }

    /**
     * Parses {@code dscl -read} output in both layouts: {@code Key: value value} (space-separated values on the key's
     * line) and {@code Key:} followed by one value per line, each indented by one space (used when a value holds a
     * space).
     */
    static DsclRecord dsclRecord(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        List<String> current = null;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("No such key: ")) {
                missing.add(line.substring("No such key: ".length()).strip());
                current = null;
            } else if (line.startsWith(" ")) {
                if (current == null) {
                    return new DsclRecord(Map.of(), Set.of()); // a value with no key: not dscl's layout
                }
                current.add(line.substring(1));
            } else if (line.endsWith(":")) {
                current = new ArrayList<>();
                values.put(line.substring(0, line.length() - 1), current);
            } else {
                int colon = line.indexOf(": ");
                if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                    return new DsclRecord(Map.of(), Set.of());
                }
                current = null;
                List<String> same = new ArrayList<>(
                        List.of(line.substring(colon + 2).strip().split(" +")));
                values.put(line.substring(0, colon), same);
            }
        }
        return new DsclRecord(values, missing);
    }

    /** {@code dscl . -read /Users/NAME KEY…}: the record, or why there is none. */
    static Result<DsclRecord> dsclRead(String tool, String name, ProcessOutput out) {
        String text = out.combined();
        if (out.exitCode() != 0) {
            if (text.contains("eDSRecordNotFound")) {
                return Result.failed(tool, Kind.EXIT_STATUS, "no such user «" + name + "» (eDSRecordNotFound)");
            }
            return exitStatus(tool, out);
        }
        if (out.stdout().isBlank()) {
            return Result.failed(tool, Kind.NO_OUTPUT, "");
        }
        DsclRecord record = dsclRecord(out.stdout());
        return record.isEmpty() ? unrecognised(tool, text) : Result.ok(record);
    }

    /** {@code dseditgroup -o checkmember}: "yes NAME is a member…" or "no NAME is NOT a member…" (exit codes vary). */
    static Result<Boolean> checkMember(String tool, String name, ProcessOutput out) {
        Matcher m = CHECK_MEMBER.matcher(out.stdout().strip());
        if (m.find() && m.group(2).equals(name)) {
            return Result.ok(m.group(1).equalsIgnoreCase("yes"));
        }
        return noAnswer(tool, out);
    }

    /** {@code dscl . -read /Groups/admin GroupMembership}: whether {@code name} is one of the members, exactly. */
    static Result<Boolean> groupMembership(String tool, String name, ProcessOutput out) {
        if (out.exitCode() != 0 || out.stdout().isBlank()) {
            return noAnswer(tool, out);
        }
        DsclRecord record = dsclRecord(out.stdout());
        if (record.missing().contains("GroupMembership")) {
            return Result.ok(false);
        }
        List<String> members = record.values().get("GroupMembership");
        return members == null ? unrecognised(tool, out.combined()) : Result.ok(members.contains(name));
    }

    /**
     * {@code fdesetup list}: one {@code shortname,GeneratedUID} line per FileVault user. The account counts when its
     * short name or its GeneratedUID equals a line's field exactly. Printing nothing means no FileVault users.
     */
    static Result<Boolean> fileVaultUser(String tool, UserAccount account, ProcessOutput out) {
        if (out.exitCode() != 0) {
            return exitStatus(tool, out);
        }
        boolean understood = false;
        for (String line : out.stdout().split("\\R")) {
            Matcher m = FDESETUP_LINE.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            understood = true;
            if (m.group(1).equals(account.shortName())
                    || (account.generatedUid() != null && m.group(2).equalsIgnoreCase(account.generatedUid()))) {
                return Result.ok(true);
            }
        }
        if (!understood && !out.stdout().isBlank()) {
            return unrecognised(tool, out.combined());
        }
        return Result.ok(false);
    }

    /** {@code sysadminctl -secureTokenStatus NAME}: an NSLog line on stderr; exit 0 either way. */
    static Result<Boolean> secureToken(String tool, String name, ProcessOutput out) {
        String text = out.combined();
        Matcher m = SECURE_TOKEN.matcher(text);
        if (m.find()) {
            if (!m.group(2).equalsIgnoreCase(name)) {
                return unrecognised(tool, "answered for user «" + m.group(2) + "», not «" + name + "»");
            }
            return Result.ok(m.group(1).equalsIgnoreCase("ENABLED"));
        }
        if (text.contains("Unknown user")) {
            return Result.ok(false); // no such account, so certainly no secure token
        }
        return noAnswer(tool, out);
    }

    /**
     * {@code profiles status -type bootstraptoken}: tolerant of case, spacing, the {@code profiles:} prefix, the
     * one-line "supported on server: NO" form, the "escrowed on server" wording and the "functionality is not
     * supported" message. Lines about the token that decide nothing give {@link TokenStatus.State#UNKNOWN}.
     */
    static Result<TokenStatus> tokenStatus(String tool, ProcessOutput out) {
        String raw = out.combined().strip();
        if (NOT_SUPPORTED_MESSAGE.matcher(raw).find()) {
            return Result.ok(new TokenStatus(TokenStatus.State.NOT_SUPPORTED, raw));
        }
        Boolean supported = yesNo(SUPPORTED.matcher(raw));
        Boolean escrowed = yesNo(ESCROWED.matcher(raw));
        if (Boolean.FALSE.equals(supported)) {
            return Result.ok(new TokenStatus(TokenStatus.State.NOT_SUPPORTED, raw));
        }
        if (escrowed != null) {
            return Result.ok(
                    new TokenStatus(escrowed ? TokenStatus.State.ESCROWED : TokenStatus.State.NOT_ESCROWED, raw));
        }
        if (SUPPORTED.matcher(raw).find() || ESCROWED.matcher(raw).find()) {
            return Result.ok(new TokenStatus(TokenStatus.State.UNKNOWN, raw));
        }
        return noAnswer(tool, out);
    }

    /** {@code dscl /Search -authonly USER} answered at its prompt: silent exit 0, or a DS error. */
    static Result<PasswordCheck> passwordCheck(String tool, ProcessOutput out) {
        String text = afterPrompt(out.stdout(), PASSWORD_PROMPT).strip();
        if (ACCOUNT_DISABLED.matcher(text).find()) {
            return Result.ok(new PasswordCheck(PasswordCheck.Verdict.ACCOUNT_DISABLED, text));
        }
        if (out.exitCode() == 0) {
            return text.isEmpty()
                    ? Result.ok(new PasswordCheck(PasswordCheck.Verdict.CORRECT, ""))
                    : unrecognised(tool, text);
        }
        if (AUTH_FAILED.matcher(text).find()) {
            return Result.ok(new PasswordCheck(PasswordCheck.Verdict.INCORRECT, text));
        }
        return Result.failed(tool, Kind.EXIT_STATUS, "exit " + out.exitCode() + brief(text));
    }

    /** The text after the first match of {@code prompt}, or all of it. */
    static String afterPrompt(String transcript, Pattern prompt) {
        Matcher m = prompt.matcher(transcript);
        return m.find() ? transcript.substring(m.end()) : transcript;
    }

    /** Why a run gave no answer: its exit status, silence, or text we do not understand. */
    static <T> Result<T> noAnswer(String tool, ProcessOutput out) {
        if (out.exitCode() != 0) {
            return exitStatus(tool, out);
        }
        if (out.isSilent()) {
            return Result.failed(tool, Kind.NO_OUTPUT, "");
        }
        return unrecognised(tool, out.combined());
    }

    static <T> Result<T> exitStatus(String tool, ProcessOutput out) {
        return Result.failed(tool, Kind.EXIT_STATUS, "exit " + out.exitCode() + brief(out.combined()));
    }

    static <T> Result<T> unrecognised(String tool, String text) {
        return Result.failed(tool, Kind.UNRECOGNISED_OUTPUT, shorten(text));
    }

    /** The text as a short one-line suffix for a failure's detail, or nothing. */
    static String brief(String text) {
        String s = shorten(text);
        return s.isEmpty() ? "" : ": " + s;
    }

    private static String shorten(String text) {
        String oneLine = text.strip()
                .replaceAll("\\p{Cntrl}+", " ")
                .replaceAll(" {2,}", " ")
                .strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    private static Boolean yesNo(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String v = m.group(1).toUpperCase(Locale.ROOT);
        return v.equals("YES") ? Boolean.TRUE : v.equals("NO") ? Boolean.FALSE : null;
    }
}
