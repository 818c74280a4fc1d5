package org.escrowbootstrap.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A child JVM for {@link PtyNativeTest}: answers one prompt on a pseudo-terminal, after installing pty4j's native
 * files into a folder (argument 2) unless it is {@code -}. Argument 1 is the prompting program.
 */
public final class PtyNativeChild {

    private PtyNativeChild() {}

    public static void main(String[] args) {
        if (!args[1].equals("-")) {
            System.out.println("install: " + PtyNative.install(Path.of(args[1])).orElse("ok"));
        }
        Result<ProcessOutput> out = new CommandRunner()
                .converse(
                        Command.of("/bin/tool", Path.of(args[0]), Duration.ofSeconds(20)),
                        List.of(new Exchange(Pattern.compile("Name:"), Reply.text("alice"), Duration.ofSeconds(10))));
        System.out.println("exit " + out.value().exitCode());
    }
}
