package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The fake macOS tools themselves: clean shell, faithful to the real tools where it matters, honest records. */
class FakeSysrootTest {

    @Test
    void everyFakeTool_passesShellcheck() throws Exception {
        Path source = Path.of("src/test/fake-sysroot").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(shellcheck(), "-x", "-s", "sh"));
        try (Stream<Path> files = Files.walk(source)) {
            files.filter(f -> Files.isRegularFile(f) && !Files.isSymbolicLink(f)) // a link is checked as its target
                    .filter(f -> !f.toString().endsWith(".plist")) // the users' preferences are data
                    .filter(f -> f.startsWith(source.resolve("private/var/fake/lib"))
                            || !f.startsWith(source.resolve("private")))
                    .map(Path::toString)
                    .forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThan(15);

        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(report).isZero();
    }

    @Test
    void theToolsAreExecutableInGit_soACheckoutRunsThem() throws Exception {
        Process p = new ProcessBuilder(
                        "git", "ls-files", "-s", "src/test/fake-sysroot/usr", "src/test/fake-sysroot/bin")
                .redirectErrorStream(true)
                .start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        p.waitFor();

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches("^(100755|120000) .*"));
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "needs setsid(1) to run a tool without a controlling terminal")
    void promptingTools_withoutATerminal_failNonZero_likeTheRealOnes() throws Exception {
        try (FakeSysroot mac = FakeSysroot.create()) {
            Result profiles =
                    runDetached(mac.tool("/usr/bin/profiles").toString(), "install", "-type", "bootstraptoken");
            Result dscl = runDetached(mac.tool("/usr/bin/dscl").toString(), "/Search", "-authonly", "alice");

            assertThat(profiles.exit()).isEqualTo(1);
            assertThat(profiles.output()).contains("no terminal");
            assertThat(dscl.exit()).isEqualTo(1);
            assertThat(mac.isEscrowed()).isFalse();
        }
    }

    @Test
    void calls_recordArgvEnvironmentAndTheExactPasswordBytes() throws Exception {
        try (FakeSysroot mac = FakeSysroot.create()) {
            String password = "päss wörd ' \" $x";
            mac.user("alice").password(password);
            Process p = new ProcessBuilder(
                            mac.tool("/usr/bin/dscl").toString(), "/Search", "-authonly", "alice", password)
                    .start();

            assertThat(p.waitFor()).isZero();
            FakeSysroot.Call call = mac.calls().get(0);
            assertThat(call.tool()).isEqualTo("/usr/bin/dscl");
            assertThat(call.args()).containsExactly("/Search", "-authonly", "alice", password);
            assertThat(call.password()).isEqualTo(password.getBytes(StandardCharsets.UTF_8));
            assertThat(call.environment()).anyMatch(e -> e.startsWith("PATH="));
            assertThat(call.pid()).isPositive();
        }
    }

    @Test
    void eachCopyIsPrivate_andTheSourceTreeStaysClean() throws IOException {
        try (FakeSysroot a = FakeSysroot.create();
                FakeSysroot b = FakeSysroot.create()) {
            a.escrowed(true).user("carol").password("x");

            assertThat(b.isEscrowed()).isFalse();
            assertThat(b.state().resolve("users/carol")).doesNotExist();
            assertThat(a.root()).isNotEqualTo(b.root());
        }
        assertThat(Path.of("src/test/fake-sysroot/private/var/fake/log")).doesNotExist();
        assertThat(Path.of("src/test/fake-sysroot/private/var/fake/server/escrowed"))
                .doesNotExist();
    }

    private record Result(int exit, String output) {}

    private static Result runDetached(String... argv) throws Exception {
        List<String> command = new ArrayList<>(List.of("setsid", "-w"));
        command.addAll(List.of(argv));
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    private static String shellcheck() {
        for (String candidate :
                List.of("/usr/bin/shellcheck", "/usr/local/bin/shellcheck", "/opt/homebrew/bin/shellcheck")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError(
                "shellcheck is needed to check the fake tools: apt-get install shellcheck (.ci/run does)");
    }
}
