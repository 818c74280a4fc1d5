package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password typed at a prompt leaves no copy in the JVM's heap once it is wiped, garbage included. */
class TypedSecretMemoryTest {

    // Distinctive, so it cannot occur in a heap by chance; ASCII, so its UTF-8 and Latin-1 forms are the same.
    private static final String PASSWORD = "Qz7-heap-canary-4kV9-xW2p";

    @TempDir
    Path dir;

    @Test
    void typingAPassword_leavesNoCopyInTheHeap() throws Exception {
        Path tool = dir.resolve("prompt");
        Files.writeString(tool, "#!/bin/sh\nstty -echo\nprintf 'Password:'\nIFS= read -r pw\necho ok\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dump = dir.resolve("heap.hprof");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                TypedSecretHeapChild.class.getName(),
                tool.toString(),
                dump.toString()));
        PASSWORD.chars().forEach(c -> command.add(Integer.toString(c)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("exit 0").contains("dumped");

        byte[] heap = Files.readAllBytes(dump);

        assertThat(ProcSampler.contains(heap, PASSWORD.getBytes(StandardCharsets.UTF_8)))
                .as("the password's bytes in the heap")
                .isFalse();
        assertThat(ProcSampler.contains(heap, PASSWORD.getBytes(StandardCharsets.UTF_16BE)))
                .as("the password's characters in the heap")
                .isFalse();
    }
}
