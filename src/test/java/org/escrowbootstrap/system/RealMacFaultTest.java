package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.EscrowAttempt.Outcome;
import org.escrowbootstrap.system.FakeSysroot.Mode;
import org.escrowbootstrap.system.ToolFailure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tool RealMac runs, in every way a tool can let us down: missing, not executable, exiting non-zero, printing
 * nothing, printing garbage, hanging (and, for the prompt tools, failing after reading the password). Each gives a
 * typed answer naming the tool, within its timeout, and a hanging tool's whole process tree is gone afterwards.
 */
class RealMacFaultTest {

    /** Short, so hanging tools are given up quickly; long enough that a loaded machine never fails a healthy tool. */
    private static final Timeouts FAST = new Timeouts(
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(2));

    enum Fault {
        MISSING,
        NOT_EXECUTABLE,
        NON_ZERO,
        EMPTY,
        GARBAGE,
        HANG,
        ANSWERED_GARBAGE,
        ANSWERED_FAIL
    }

    /** What a fault must lead to: a failure of this kind, or this answer. */
    record Expect(Kind kind, Object value) {
        static Expect failed(Kind kind) {
            return new Expect(kind, null);
        }

        static Expect ok(Object value) {
            return new Expect(null, value);
        }
    }

    /**
     * One question and the tool it depends on.
     *
     * @param tool the tool's macOS path, as failures name it
     * @param modeKey the fake's mode file for this question
     * @param call asks the question
     * @param view what of an answer to compare
     * @param expected per fault; faults not listed are not applicable
     */
    record Case(
            String name,
            String tool,
            String modeKey,
            Function<RealMac, Result<?>> call,
            Function<Object, Object> view,
            Map<Fault, Expect> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<Fault, Expect> PLAIN = Map.of(
            Fault.MISSING, Expect.failed(Kind.MISSING),
            Fault.NOT_EXECUTABLE, Expect.failed(Kind.NOT_EXECUTABLE),
            Fault.NON_ZERO, Expect.failed(Kind.EXIT_STATUS),
            Fault.EMPTY, Expect.failed(Kind.NO_OUTPUT),
            Fault.GARBAGE, Expect.failed(Kind.UNRECOGNISED_OUTPUT),
            Fault.HANG, Expect.failed(Kind.TIMED_OUT));

    static Stream<Arguments> cases() {
        List<Case> cases = List.of(
                new Case("consoleUser", "/usr/sbin/scutil", "scutil", RealMac::consoleUser, v -> v, PLAIN),
                new Case("account", "/usr/bin/dscl", "dscl-read", m -> m.account("alice"), v -> v, PLAIN),
                new Case(
                        "fileVault",
                        "/usr/bin/fdesetup",
                        "fdesetup",
                        m -> m.isFileVaultUser(new UserAccount("alice", null, null, null, true)),
                        v -> v,
                        with(PLAIN, Fault.EMPTY, Expect.ok(false))), // printing nothing: nobody has FileVault
                new Case(
                        "secureToken",
                        "/usr/sbin/sysadminctl",
                        "sysadminctl",
                        m -> m.hasSecureToken("alice"),
                        v -> v,
                        PLAIN),
                new Case(
                        "tokenStatus",
                        "/usr/bin/profiles",
                        "profiles-status",
                        RealMac::bootstrapTokenStatus,
                        v -> v,
                        PLAIN),
                new Case(
                        "verifyPassword",
                        "/usr/bin/dscl",
                        "dscl-authonly",
                        m -> withSecret(s -> m.verifyPassword("alice", s)),
                        v -> ((PasswordCheck) v).verdict(),
                        Map.of(
                                Fault.MISSING, Expect.failed(Kind.MISSING),
                                Fault.NOT_EXECUTABLE, Expect.failed(Kind.NOT_EXECUTABLE),
                                Fault.NON_ZERO, Expect.failed(Kind.NO_PROMPT),
                                Fault.EMPTY, Expect.failed(Kind.NO_PROMPT),
                                Fault.GARBAGE, Expect.failed(Kind.NO_PROMPT),
                                Fault.HANG, Expect.failed(Kind.NO_PROMPT),
                                Fault.ANSWERED_GARBAGE, Expect.failed(Kind.UNRECOGNISED_OUTPUT),
                                Fault.ANSWERED_FAIL, Expect.failed(Kind.EXIT_STATUS))),
                new Case(
                        "escrow",
                        "/usr/bin/profiles",
                        "profiles-install",
                        m -> withSecret(s -> m.escrow("alice", s)),
                        v -> ((EscrowAttempt) v).outcome(),
                        Map.of(
                                Fault.MISSING, Expect.failed(Kind.MISSING),
                                Fault.NOT_EXECUTABLE, Expect.failed(Kind.NOT_EXECUTABLE),
                                Fault.NON_ZERO, Expect.ok(Outcome.FAILED),
                                Fault.EMPTY, Expect.failed(Kind.NO_PROMPT),
                                Fault.GARBAGE, Expect.failed(Kind.NO_PROMPT),
                                Fault.HANG, Expect.failed(Kind.NO_PROMPT),
                                Fault.ANSWERED_GARBAGE, Expect.ok(Outcome.PENDING), // exit 0; status decides
                                Fault.ANSWERED_FAIL, Expect.ok(Outcome.FAILED))),
                new Case(
                        "addAdmin",
                        "/usr/sbin/dseditgroup",
                        "dseditgroup-edit",
                        m -> m.addToAdminGroup("bob"),
                        v -> v,
                        with(with(PLAIN, Fault.EMPTY, Expect.ok(false)), Fault.GARBAGE, Expect.ok(false))),
                new Case(
                        "removeAdmin",
                        "/usr/sbin/dseditgroup",
                        "dseditgroup-edit",
                        m -> m.removeFromAdminGroup("alice"),
                        v -> v,
                        with(with(PLAIN, Fault.EMPTY, Expect.ok(false)), Fault.GARBAGE, Expect.ok(false))),
                new Case(
                        "recon",
                        "/usr/local/jamf/bin/jamf",
                        "jamf",
                        RealMac::recon,
                        v -> v,
                        with(PLAIN, Fault.GARBAGE, Expect.ok(true))), // recon's text is progress, not an answer
                factCase("facts.computerName", "/usr/sbin/scutil", "scutil-get", SystemFacts::computerName),
                factCase("facts.serialNumber", "/usr/sbin/ioreg", "ioreg", SystemFacts::serialNumber),
                factCase("facts.chip", "/usr/sbin/sysctl", "sysctl", SystemFacts::chip),
                factCase("facts.osVersion", "/usr/bin/sw_vers", "sw_vers", SystemFacts::osVersion),
                factCase("facts.freeDisk", "/bin/df", "df", SystemFacts::freeDisk));
        List<Arguments> all = new ArrayList<>();
        for (Case c : cases) {
            for (Fault f : Fault.values()) {
                if (c.expected().containsKey(f)) {
                    all.add(Arguments.of(c, f));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    @Timeout(30)
    void eachFault_givesATypedAnswer_namingTheTool(Case c, Fault fault) throws Exception {
        try (FakeSysroot mac = FakeSysroot.create()) {
            List<String> log = new ArrayList<>();
            RealMac real = new RealMac(mac.root(), FAST, log::add);
            inflict(mac, c, fault);

            Result<?> result = c.call().apply(real);

            Expect expect = c.expected().get(fault);
            if (c.name().startsWith("facts.")) {
                assertThat(c.view().apply(result.value())).isEqualTo(SystemFacts.UNKNOWN);
                assertThat(log)
                        .anyMatch(line -> line.startsWith("fact unknown: " + c.tool() + " "
                                + expect.kind().phrase()));
            } else if (expect.kind() != null) {
                ToolFailure failure = CommandRunnerTest.failure(result);
                assertThat(failure.tool()).isEqualTo(c.tool());
                assertThat(failure.kind()).as(failure.describe()).isEqualTo(expect.kind());
                assertThat(failure.describe()).doesNotContain(FakeSysroot.ALICE_PASSWORD);
            } else {
                assertThat(c.view().apply(result.value())).isEqualTo(expect.value());
            }
            if (fault == Fault.HANG) {
                String name = c.tool().substring(c.tool().lastIndexOf('/') + 1);
                long grandchild = mac.hangingGrandchild(name).orElseThrow();
                assertThat(Processes.awaitGone(grandchild, Duration.ofSeconds(5)))
                        .as("the hanging tool's grandchild was killed")
                        .isTrue();
                assertThat(Processes.awaitGone(mac.hangingTool(name).orElseThrow(), Duration.ofSeconds(5)))
                        .isTrue();
            }
        }
    }

    @Test
    @Timeout(30)
    void aToolThatNeverAnswers_isGivenUpAfterItsTimeout_andLeavesNoProcessBehind() throws Exception {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.mode("profiles-status", Mode.HANG);
            RealMac real = new RealMac(mac.root(), Timeouts.all(Duration.ofSeconds(2)), null);

            long started = System.nanoTime();
            ToolFailure failure = CommandRunnerTest.failure(real.bootstrapTokenStatus());
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            assertThat(failure.describe()).isEqualTo("/usr/bin/profiles did not finish in time: after 2 s");
            assertThat(Processes.awaitGone(mac.hangingTool("profiles").orElseThrow(), Duration.ofSeconds(5)))
                    .isTrue();
            assertThat(Processes.awaitGone(mac.hangingGrandchild("profiles").orElseThrow(), Duration.ofSeconds(5)))
                    .as("the grandchild, which only a whole-tree kill reaches")
                    .isTrue();
            System.out.println("profiles status with a 2 s timeout gave up after " + millis + " ms");
        }
    }

    @Test
    void account_survivesEveryDseditgroupFault_byReadingTheGroupWithDscl() {
        for (Fault fault : List.of(Fault.MISSING, Fault.NOT_EXECUTABLE, Fault.NON_ZERO, Fault.EMPTY, Fault.GARBAGE)) {
            try (FakeSysroot mac = FakeSysroot.create()) {
                Case dseditgroup = new Case(
                        "checkmember", "/usr/sbin/dseditgroup", "dseditgroup-checkmember", null, null, Map.of());
                inflict(mac, dseditgroup, fault);
                RealMac real = new RealMac(mac.root(), FAST, null);

                assertThat(real.account("alice").value().admin())
                        .as(fault.name())
                        .isTrue();
                assertThat(real.account("bob").value().admin()).as(fault.name()).isFalse();
            }
        }
    }

    @Test
    void escrow_whoseStatusCannotBeReadAfterwards_isPending_forTheWorkflowToPoll() {
        try (FakeSysroot mac = FakeSysroot.create()) {
            mac.mode("profiles-status", Mode.FAIL);
            RealMac real = new RealMac(mac.root(), FAST, null);

            assertThat(withSecret(s -> real.escrow("alice", s)).value().outcome())
                    .isEqualTo(Outcome.PENDING);
            assertThat(mac.isEscrowed()).isTrue();
        }
    }

    private static void inflict(FakeSysroot mac, Case c, Fault fault) {
        switch (fault) {
            case MISSING -> {
                mac.removeTool(c.tool());
            }
            case NOT_EXECUTABLE -> mac.makeNotExecutable(c.tool());
            case NON_ZERO -> mac.mode(c.modeKey(), Mode.FAIL);
            case EMPTY -> mac.mode(c.modeKey(), Mode.EMPTY);
            case GARBAGE -> mac.mode(c.modeKey(), Mode.GARBAGE);
            case HANG -> mac.mode(c.modeKey(), Mode.HANG);
            case ANSWERED_GARBAGE -> mac.mode(c.modeKey(), Mode.ANSWERED_GARBAGE);
            case ANSWERED_FAIL -> mac.mode(c.modeKey(), Mode.ANSWERED_FAIL);
        }
    }

    private static Case factCase(String name, String tool, String modeKey, Function<SystemFacts, String> field) {
        return new Case(name, tool, modeKey, RealMac::facts, v -> field.apply((SystemFacts) v), PLAIN);
    }

    private static Map<Fault, Expect> with(Map<Fault, Expect> base, Fault fault, Expect expect) {
        Map<Fault, Expect> copy = new EnumMap<>(Fault.class);
        copy.putAll(base);
        copy.put(fault, expect);
        return copy;
    }

    private static <T> Result<T> withSecret(Function<Secret, Result<T>> body) {
        try (Secret secret = Secret.of(FakeSysroot.ALICE_PASSWORD)) {
            return body.apply(secret);
        }
    }
}
