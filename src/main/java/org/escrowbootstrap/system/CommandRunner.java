package org.escrowbootstrap.system;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.escrowbootstrap.system.ToolFailure.Kind;

/**
 * Runs programs safely: an argv list (never a shell), a small clean environment, a timeout on every run that kills
 * the whole process tree, standard output and error kept apart, and prompts answered on a pseudo-terminal so that a
 * password never appears in any argv, environment, log line or captured output.
 *
 * <p>No method throws: a program that is missing, not executable, hanging or never prompting comes back as
 * {@link Result.Failed} naming the tool. A program that runs to the end is {@link Result.Ok} whatever its exit status;
 * judging the status is the caller's business.
 */
public final class CommandRunner {

    /** The environment every child gets: ours (which may hold anything) is never passed on. */
    public static final Map<String, String> CLEAN_ENVIRONMENT =
            Map.of("PATH", "/usr/bin:/bin:/usr/sbin:/sbin", "LANG", "en_US.UTF-8");

    /** How long to wait for output still in flight after a program exits. */
    static final long DRAIN_MILLIS = 1_000;

    private final Consumer<String> diagnostics;
    private final FileTrust trust;

    /** A runner that sends one line per run (tool, arguments, outcome, duration; never a secret) to {@code diagnostics}. */
    public CommandRunner(Consumer<String> diagnostics) {
        this(diagnostics, FileTrust.forThisProcess());
    }

    /** A runner that runs only executables {@code trust} accepts. */
    CommandRunner(Consumer<String> diagnostics, FileTrust trust) {
        this.diagnostics = diagnostics == null ? line -> {} : diagnostics;
        this.trust = trust;
    }

    public CommandRunner() {
        this(null);
    }

    /** Runs {@code command} with pipes: standard input from {@link Command#input()}, output captured per stream. */
    public Result<ProcessOutput> run(Command command) {
        long started = System.nanoTime();
        Result<ProcessOutput> result;
        try {
            Result<ProcessOutput> unusable = checkExecutable(command);
            result = unusable != null ? unusable : PipeRun.run(command, CLEAN_ENVIRONMENT, started);
        } catch (RuntimeException | LinkageError e) {
            result = failed(command, Kind.IO_ERROR, e.toString());
        }
        report(command, result, started, 0);
        return result;
    }

    /**
     * Runs {@code command} on a pseudo-terminal and answers its prompts in order: each {@link Exchange} waits for its
     * prompt, then types its reply and Return. Secrets are written as bytes straight from their characters, zeroed
     * afterwards, and every captured line that holds one is withheld whole ({@value Transcript#WITHHELD}).
     *
     * <p>A program that ends before asking everything is {@link Result.Ok}: {@link ProcessOutput#answered()} says how
     * far it got, and its exit status and output say why. A prompt that does not come in time while the program keeps
     * running is {@link ToolFailure.Kind#NO_PROMPT}; the whole tree is killed then, as after the overall timeout.
     */
    public Result<ProcessOutput> converse(Command command, List<Exchange> exchanges) {
        long started = System.nanoTime();
        Result<ProcessOutput> result;
        try {
            result = runOnTerminal(command, List.copyOf(exchanges), started);
        } catch (RuntimeException | LinkageError e) {
            // E.g. no pseudo-terminal support on this platform: a failure to report, never a crash.
            result = failed(command, Kind.IO_ERROR, e.toString());
        }
        report(command, result, started, exchanges.size());
        return result;
    }

    private Result<ProcessOutput> runOnTerminal(Command command, List<Exchange> exchanges, long started) {
        Result<ProcessOutput> unusable = checkExecutable(command);
        if (unusable != null) {
            return unusable;
        }
        for (Exchange exchange : exchanges) {
            if (hasControlCharacter(exchange.reply())) {
                return failed(
                        command,
                        Kind.IO_ERROR,
                        "an answer contains a control character, which a terminal would act on instead of passing on");
            }
        }
        Map<String, String> environment = new LinkedHashMap<>(CLEAN_ENVIRONMENT);
        environment.put("TERM", "dumb");
        List<byte[]> secrets = new ArrayList<>();
        PtySession session = null;
        try {
            session = PtySession.start(command, environment);
            long deadline = started + command.timeout().toNanos();
            int cursor = 0;
            int answered = 0;
            for (Exchange exchange : exchanges) {
                long promptDeadline = Math.min(
                        deadline, System.nanoTime() + exchange.timeout().toNanos());
                OptionalInt after = session.awaitPrompt(exchange.prompt(), cursor, promptDeadline);
                if (after.isEmpty()) {
                    if (session.hasEnded()) {
                        break; // it finished without asking: its exit status and output are the answer
                    }
                    return noPrompt(command, exchange, session, cursor, secrets, deadline);
                }
                cursor = after.getAsInt();
                byte[] answer = encode(exchange.reply());
                if (exchange.reply() instanceof Reply.Hidden) {
                    secrets.add(answer);
                }
                if (answer.length > TerminalLine.MAX_BYTES) {
                    // The terminal would cut it silently, and a cut password fails as a wrong one.
                    session.killTree();
                    return failed(
                            command,
                            Kind.IO_ERROR,
                            "an answer is longer than a terminal line takes (" + TerminalLine.MAX_BYTES + " bytes)");
                }
                try {
                    session.type(answer);
                    answered++;
                } catch (IOException programGone) {
                    break; // it exited before reading: its exit status and output say why
                } finally {
                    if (!(exchange.reply() instanceof Reply.Hidden)) {
                        Arrays.fill(answer, (byte) 0);
                    }
                }
            }
            if (!session.awaitExit(deadline)) {
                session.killTree();
                return failed(
                        command,
                        Kind.TIMED_OUT,
                        "after " + seconds(command.timeout()) + lastWords(session, 0, secrets));
            }
            session.drain(DRAIN_MILLIS);
            String transcript = session.transcript().text(secrets).replace("\r\n", "\n");
            return Result.ok(new ProcessOutput(session.exitCode(), transcript, "", elapsed(started), answered));
        } catch (CharacterCodingException e) {
            return failed(command, Kind.IO_ERROR, "an answer has characters that cannot be encoded as UTF-8");
        } catch (IOException e) {
            return failed(command, Kind.IO_ERROR, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(command, Kind.IO_ERROR, "interrupted");
        } finally {
            if (session != null) {
                session.close();
                session.transcript().wipe();
            }
            secrets.forEach(s -> Arrays.fill(s, (byte) 0));
        }
    }

    private Result<ProcessOutput> noPrompt(
            Command command, Exchange exchange, PtySession session, int cursor, List<byte[]> secrets, long deadline) {
        boolean overall = System.nanoTime() >= deadline;
        session.killTree();
        String said = lastWords(session, cursor, secrets);
        if (overall) {
            return failed(command, Kind.TIMED_OUT, "after " + seconds(command.timeout()) + said);
        }
        return failed(
                command,
                Kind.NO_PROMPT,
                "waited " + seconds(exchange.timeout()) + " for «"
                        + exchange.prompt().pattern() + "»" + said);
    }

    /** What the program printed since {@code from}, redacted and shortened, for a failure's detail. */
    private static String lastWords(PtySession session, int from, List<byte[]> secrets) {
        String text =
                session.transcript().text(from, secrets).replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            return "";
        }
        text = text.length() > 300 ? "…" + text.substring(text.length() - 300) : text;
        return "; it printed: " + text.replace('\n', ' ');
    }

    private static boolean hasControlCharacter(Reply reply) {
        if (reply instanceof Reply.Text text) {
            return SecretBytes.hasControl(text.text());
        }
        Reply.Hidden hidden = (Reply.Hidden) reply;
        return SecretBytes.hasControl(hidden.secret().view());
    }

    private static byte[] encode(Reply reply) throws CharacterCodingException {
        if (reply instanceof Reply.Text text) {
            return text.text().getBytes(StandardCharsets.UTF_8);
        }
        return SecretBytes.encode(((Reply.Hidden) reply).secret());
    }

    /**
     * Refuses what cannot run, and what someone besides root (or us) could have changed or swapped: run as root, a
     * user's planted binary would run with root's rights.
     */
    private Result<ProcessOutput> checkExecutable(Command command) {
        if (!Files.exists(command.executable())) {
            return failed(command, Kind.MISSING, "no file at " + command.executable());
        }
        if (Files.isDirectory(command.executable()) || !Files.isExecutable(command.executable())) {
            return failed(command, Kind.NOT_EXECUTABLE, command.executable() + " cannot be run");
        }
        Optional<String> untrusted = trust.fileProblem(command.executable());
        if (untrusted.isPresent()) {
            return failed(command, Kind.UNTRUSTED, untrusted.get());
        }
        return null;
    }

    private void report(Command command, Result<ProcessOutput> result, long started, int prompts) {
        String outcome;
        if (result instanceof Result.Ok<ProcessOutput> ok) {
            outcome = "exit " + ok.value().exitCode();
        } else {
            ToolFailure failure = ((Result.Failed<ProcessOutput>) result).failure();
            outcome = failure.kind().phrase();
        }
        String answered = prompts > 0 ? ", on a terminal with " + prompts + " prompt(s)" : "";
        diagnostics.accept("ran " + command.display() + ": " + outcome + " in " + millis(elapsed(started)) + answered);
    }

    static Result<ProcessOutput> failed(Command command, Kind kind, String detail) {
        return Result.failed(command.tool(), kind, detail);
    }

    static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
