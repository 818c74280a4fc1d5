package org.escrowbootstrap.system;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.escrowbootstrap.model.Secret;

/**
 * A child JVM for {@link TypedSecretMemoryTest}: types a password built without any String at a real program's
 * prompt on a pseudo-terminal, wipes it, then dumps its whole heap (garbage included) for the parent to search.
 *
 * <p>Arguments: the prompting program, the heap dump's path, the password's characters as decimal code points.
 */
public final class TypedSecretHeapChild {

    private TypedSecretHeapChild() {}

    public static void main(String[] args) throws Exception {
        char[] chars = new char[args.length - 2];
        for (int i = 2; i < args.length; i++) {
            chars[i - 2] = (char) Integer.parseInt(args[i]);
            args[i] = null;
        }
        Result<ProcessOutput> out;
        try (Secret secret = Secret.adopt(chars)) {
            out = new CommandRunner()
                    .converse(
                            Command.of("/bin/tool", Path.of(args[0]), Duration.ofSeconds(20)),
                            List.of(new Exchange(
                                    Pattern.compile("Password:"), Reply.secret(secret), Duration.ofSeconds(10))));
        }
        System.out.println("exit " + out.value().exitCode());
        HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        bean.dumpHeap(args[1], false); // false: unreachable objects too, as an attacker reading memory would see them
        System.out.println("dumped");
    }
}
