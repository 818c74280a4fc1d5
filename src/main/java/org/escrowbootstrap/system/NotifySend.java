package org.escrowbootstrap.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Posts a desktop notification through {@code notify-send} (libnotify), the Linux desktops' own notification service:
 * {@code dialog --notification} off macOS.
 *
 * <p>The program is looked for in fixed system folders, never on {@code PATH}, and run only when {@link FileTrust}
 * trusts it: root's or our own, in folders only root or we can change. A dialog usually runs as the user, and then a
 * user's own notify-send could do nothing the user cannot do anyway; but Jamf runs scripts as root, and there a
 * notify-send a user could swap would run as root, so the same rule as everywhere else applies (as root, only
 * root's files pass). It runs as an argument list, never through a shell, with {@code --} before the texts so that a
 * title starting with a dash is not read as an option.
 *
 * <p>Its environment is our clean one plus the few variables that lead it to the user's session bus and display;
 * nothing else of ours is passed on.
 */
public final class NotifySend {

    /** Where a system's notify-send lives (libnotify-bin on Debian and Ubuntu, libnotify on Fedora and Arch). */
    public static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/bin"), Path.of("/bin"));

    static final String NAME = "notify-send";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String APP_NAME = "escrow-bootstrap";
    private static final List<String> SESSION_VARIABLES =
            List.of("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY");

    private final List<Path> folders;
    private final FileTrust trust;
    private final Map<String, String> environment;

    /**
     * A notifier that looks in {@code folders}, in order, runs what {@code trust} accepts, and passes on the
     * session variables found in {@code environment} (ours, in production).
     */
    public NotifySend(List<Path> folders, FileTrust trust, Map<String, String> environment) {
        this.folders = List.copyOf(folders);
        this.trust = trust;
        this.environment = Map.copyOf(environment);
    }

    /** The notifier of this machine: the system folders, this process's trust, our environment. */
    public static NotifySend forThisSystem() {
        return new NotifySend(SYSTEM_FOLDERS, FileTrust.forThisProcess(), System.getenv());
    }

    /**
     * The notify-send to run: the first one in the folders that is an executable file we trust. One that is there
     * but not trusted is passed over with a line to {@code warnings}.
     */
    public Optional<Path> find(Consumer<String> warnings) {
        for (Path folder : folders) {
            Path candidate = folder.resolve(NAME);
            if (!Files.isRegularFile(candidate) || !Files.isExecutable(candidate)) {
                continue;
            }
            Optional<String> problem = trust.fileProblem(candidate);
            if (problem.isPresent()) {
                warnings.accept(candidate + " is not run: " + problem.get());
                continue;
            }
            return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The arguments after the program: our name, the icon file if any, then the heading and the body. */
    static List<String> arguments(String title, String body, Path icon) {
        List<String> args = new ArrayList<>();
        args.add("--app-name=" + APP_NAME);
        if (icon != null) {
            args.add("--icon=" + icon.toAbsolutePath());
        }
        args.add("--");
        args.add(title);
        if (!body.isEmpty()) {
            args.add(body);
        }
        return args;
    }

    /**
     * Posts the notification with {@code executable} (from {@link #find}); {@code icon} is a picture file or null.
     * The result is {@link Result.Ok} whatever notify-send's exit status: judging it is the caller's business.
     */
    public Result<ProcessOutput> post(Path executable, String title, String body, Path icon) {
        Command command = new Command(NAME, executable, arguments(title, body, icon), null, TIMEOUT);
        Map<String, String> env = new HashMap<>(CommandRunner.CLEAN_ENVIRONMENT);
        for (String name : SESSION_VARIABLES) {
            String value = environment.get(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        try {
            return PipeRun.run(command, env, System.nanoTime());
        } catch (RuntimeException e) {
            return CommandRunner.failed(command, ToolFailure.Kind.IO_ERROR, e.toString());
        }
    }
}
