package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pty4j's native files come from a folder of root's, and a run leaves no {@code pty4j-*} folder in the temp folder. */
class PtyNativeTest {

    @TempDir
    Path dir;

    private String runChild(Path tmp, String nativeFolder) throws Exception {
        Path tool = dir.resolve("prompt");
        Files.writeString(tool, "#!/bin/sh\nprintf 'Name:'\nIFS= read -r name\necho \"hi $name\"\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + tmp,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PtyNativeChild.class.getName(),
                        tool.toString(),
                        nativeFolder))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("exit 0");
        return output;
    }

    private static List<String> leftInTmp(Path tmp) throws Exception {
        try (Stream<Path> all = Files.list(tmp)) {
            return all.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("pty4j"))
                    .toList();
        }
    }

    @Test
    void aRunWithTheNativeFolder_leavesNothingInTmp_andKeepsTheLibraryInTheFolder() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path natives = dir.resolve("run/native");

        assertThat(runChild(tmp, natives.toString())).contains("install: ok");
        assertThat(runChild(tmp, natives.toString())).contains("install: ok"); // the second run reuses it

        assertThat(leftInTmp(tmp)).isEmpty();
        Path library = natives.resolve(PtyNative.platformFolder().orElseThrow()).resolve("libpty.so");
        assertThat(library).isRegularFile();
        assertThat(Files.getAttribute(library, "unix:uid")).isEqualTo(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library)))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void withoutIt_pty4jWouldLeaveAFolderInTmpEveryRun() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));

        runChild(tmp, "-");

        assertThat(leftInTmp(tmp)).as("what pty4j does by itself").isNotEmpty();
    }

    @Test
    void aLibrarySomeoneChanged_isReplacedWithPty4jsOwn() throws Exception {
        String before = System.getProperty(PtyNative.PROPERTY);
        try {
            Path natives = dir.resolve("native");
            assertThat(PtyNative.install(natives)).isEmpty();
            Path library =
                    natives.resolve(PtyNative.platformFolder().orElseThrow()).resolve("libpty.so");
            byte[] original = Files.readAllBytes(library);
            Files.write(library, new byte[] {1, 2, 3});

            assertThat(PtyNative.install(natives)).isEmpty();

            assertThat(Files.readAllBytes(library)).isEqualTo(original);
        } finally {
            // This JVM's later tests must not look for pty4j in a folder that is about to be deleted.
            if (before == null) {
                System.clearProperty(PtyNative.PROPERTY);
            } else {
                System.setProperty(PtyNative.PROPERTY, before);
            }
        }
    }
}
