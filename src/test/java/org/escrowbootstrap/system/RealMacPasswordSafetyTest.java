package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.EscrowAttempt.Outcome;
import org.escrowbootstrap.system.PasswordCheck.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Hostile passwords through the real escrow and password check: each arrives at the fake tool byte for byte, and no
 * password shows up in any argv or environment (of any process on the machine, sampled from /proc while the
 * tools run), in any diagnostic line, or in any captured output.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "samples /proc, which only Linux has")
class RealMacPasswordSafetyTest {

    /** Each holds a unique marker (Kx7q + number) so that even a part of one that leaks is found. */
    static final List<String> HOSTILE = List.of(
            "it's-Kx7q01",
            "say \"Kx7q02\" now",
            "$HOME-Kx7q03",
            "$(id)-Kx7q04",
            "`whoami`-Kx7q05",
            "back\\slash\\Kx7q06",
            "{Kx7q07}",
            "[Kx7q08]",
            "  Kx7q09 spaces at both ends  ",
            "left : Kx7q10 : right",
            "100%Kx7q11%s%n%%",
            "Ünïcödé-Kx7q12-ßøå",
            "密码-Kx7q13-пароль",
            "🔐🦄-Kx7q14-👩‍💻",
            "Kx7q15" + "a1B2c3D4e5F6g7H8i9J0".repeat(6) + "!@", // 128 characters
            "'Kx7q16'",
            "\"Kx7q17\"",
            "Kx7q18;rm -rf /;",
            "Kx7q19 && echo pwned || true",
            "Kx7q20 | tee /tmp/x > /dev/null",
            "-Kx7q21",
            "--password=Kx7q22",
            "Kx7q23#not a comment",
            "*Kx7q24?[a-z]",
            "~Kx7q25~",
            "Kx7q26\\n\\t\\r",
            "%00Kx7q27%0a",
            "Kx7q28<>&|!",
            "Kx7q29 \"mixed' quotes",
            "\\\"Kx7q30\\'",
            "Password:Kx7q31",
            "Enter the admin user name:Kx7q32",
            " Kx7q33",
            "Kx7q34 ",
            "e\u0301Kx7q35",
            "Kx7q36\u00a0nbsp",
            "\u202eKx7q37",
            "Kx7q38'$\"`\\{}[]() :%",
            "}{Kx7q39",
            "$'Kx7q40'");

    @Test
    @Timeout(600)
    void escrowAndCheck_withEachHostilePassword_deliverItExactly_andLeakItNowhere() throws Exception {
        assertThat(HOSTILE).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(HOSTILE.get(14)).hasSize(128);
        List<String> markers = new ArrayList<>();
        for (int i = 1; i <= HOSTILE.size(); i++) {
            markers.add(String.format("Kx7q%02d", i));
        }
        List<String> needles = new ArrayList<>(HOSTILE);
        needles.addAll(markers);

        try (FakeSysroot mac = FakeSysroot.create()) {
            // Keep each tool alive a moment after it read the password, so the sampler sees every one of them.
            mac.delay("profiles", "0.3").delay("dscl", "0.3");
            List<String> log = new ArrayList<>();
            RealMac real = new RealMac(mac.root(), Timeouts.defaults(), log::add);
            List<String> captured = new ArrayList<>();

            ProcSampler sampler = new ProcSampler(needles, mac.root().toString());
            try {
                for (String password : HOSTILE) {
                    mac.user("alice").password(password);
                    mac.escrowed(false);
                    try (Secret secret = Secret.of(password)) {
                        EscrowAttempt attempt = real.escrow("alice", secret).value();
                        assertThat(attempt.outcome()).as(password).isEqualTo(Outcome.ESCROWED);
                        captured.add(attempt.toolText());

                        PasswordCheck check =
                                real.verifyPassword("alice", secret).value();
                        assertThat(check.verdict()).as(password).isEqualTo(Verdict.CORRECT);
                        captured.add(check.toolText());
                    }
                    byte[] expected = password.getBytes(StandardCharsets.UTF_8);
                    List<FakeSysroot.Call> profiles = mac.calls("/usr/bin/profiles");
                    List<FakeSysroot.Call> dscl = mac.calls("/usr/bin/dscl");
                    assertThat(profiles.get(profiles.size() - 2).password())
                            .as(password)
                            .isEqualTo(expected);
                    assertThat(dscl.get(dscl.size() - 1).password())
                            .as(password)
                            .isEqualTo(expected);
                }
            } finally {
                sampler.close();
            }
            List<FakeSysroot.Call> sampledCalls =
                    mac.calls().stream().filter(c -> c.password() != null).toList();

            // Wrong passwords, echoed by the tool: the captured text must still not hold them.
            mac.delay("profiles", "0").delay("dscl", "0"); // nobody is sampling any more
            mac.escrowed(false).echoSecrets(true).user("alice").password("something else entirely");
            for (String password : HOSTILE) {
                try (Secret secret = Secret.of(password)) {
                    PasswordCheck wrong = real.verifyPassword("alice", secret).value();
                    assertThat(wrong.verdict()).as(password).isEqualTo(Verdict.INCORRECT);
                    assertThat(wrong.toolText()).startsWith(Transcript.WITHHELD);
                    captured.add(wrong.toolText());
                    EscrowAttempt refused = real.escrow("alice", secret).value();
                    assertThat(refused.outcome()).as(password).isEqualTo(Outcome.AUTHENTICATION_FAILED);
                    captured.add(refused.toolText());
                }
            }

            assertThat(sampler.leaks()).as("secrets seen in /proc").isEmpty();
            Set<String> seenPids = new HashSet<>();
            sampler.seen().forEach(p -> seenPids.add(p.substring(0, p.indexOf(' '))));
            List<String> sampledPids =
                    sampledCalls.stream().map(c -> Long.toString(c.pid())).toList();
            System.out.printf(
                    "proc sampler: %d sweeps; saw %d of the %d tool processes that read a password%n",
                    sampler.sweeps(),
                    sampledPids.stream().filter(seenPids::contains).count(),
                    sampledPids.size());
            assertThat(sampledPids).hasSize(HOSTILE.size() * 2);
            assertThat(seenPids)
                    .as("the sampler saw every escrow and check while it ran")
                    .containsAll(sampledPids);

            List<FakeSysroot.Call> calls = mac.calls();
            assertThat(calls).hasSizeGreaterThan(HOSTILE.size() * 4);
            for (String needle : needles) {
                for (FakeSysroot.Call call : calls) {
                    assertThat(String.join("\u0000", call.args()))
                            .as(call.tool())
                            .doesNotContain(needle);
                    assertThat(String.join("\n", call.environment()))
                            .as(call.tool())
                            .doesNotContain(needle);
                }
                assertThat(log).noneMatch(line -> line.contains(needle));
                assertThat(captured).noneMatch(text -> text.contains(needle));
            }
        }
    }

    @Test
    @Timeout(60)
    void theSampler_catchesASecretInAnotherProcesssArgvOrEnvironment() throws Exception {
        String secret = "Kx7q99-canary";
        ProcSampler sampler = new ProcSampler(List.of(secret), "Kx7q99");
        try {
            ProcessBuilder inArgv = new ProcessBuilder("/bin/sh", "-c", "sleep 1", "sh", secret);
            ProcessBuilder inEnvironment = new ProcessBuilder("/bin/sleep", "1");
            inEnvironment.environment().put("LEAKED", secret);
            Process a = inArgv.start();
            Process b = inEnvironment.start();
            a.waitFor();
            b.waitFor();
        } finally {
            sampler.close();
        }

        assertThat(sampler.leaks()).anyMatch(l -> l.contains("cmdline")).anyMatch(l -> l.contains("environ"));
    }

    @Test
    void aPasswordWithAControlCharacter_isRefusedBeforeAnyToolRuns() {
        try (FakeSysroot mac = FakeSysroot.create();
                Secret secret = Secret.of("tab\there")) {
            RealMac real = new RealMac(mac.root(), Timeouts.all(Duration.ofSeconds(5)), null);

            ToolFailure failure = CommandRunnerTest.failure(real.escrow("alice", secret));

            assertThat(failure.detail()).contains("control character").doesNotContain("tab");
            assertThat(mac.calls()).isEmpty();
        }
    }
}
