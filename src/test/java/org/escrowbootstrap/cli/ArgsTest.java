package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static Args parse(String... argv) throws Args.UsageException {
        return Args.parse("escrow", argv, Set.of("--config", "--set"), Set.of("--help"));
    }

    @Test
    void flagsThenPositionals_areSeparated() throws Exception {
        Args args = parse("--config", "/tmp/c.json", "--set", "a=1", "--set=b=2", "/", "mac", "avery", "", "#112233");

        assertThat(args.value("--config")).contains("/tmp/c.json");
        assertThat(args.all("--set")).containsExactly("a=1", "b=2");
        assertThat(args.positional()).containsExactly("/", "mac", "avery", "", "#112233");
    }

    @Test
    void afterTheFirstPositional_flagLookalikesArePositional() throws Exception {
        Args args = parse("/", "mac", "avery", "--help");

        assertThat(args.has("--help")).isFalse();
        assertThat(args.positional()).containsExactly("/", "mac", "avery", "--help");
    }

    @Test
    void doubleDash_endsTheFlags() throws Exception {
        Args args = parse("--", "--config");

        assertThat(args.positional()).containsExactly("--config");
    }

    @Test
    void aValueFlagWithoutValue_isAUsageError() {
        assertThatThrownBy(() -> parse("--config"))
                .isInstanceOf(Args.UsageException.class)
                .hasMessage("escrow: --config needs a value");
    }

    @Test
    void anUnknownFlag_isAUsageError() {
        assertThatThrownBy(() -> parse("--colour", "red"))
                .isInstanceOf(Args.UsageException.class)
                .hasMessage("escrow: unknown option --colour (try escrow --help)");
    }

    @Test
    void aFlagGivenAValue_isAUsageError() {
        assertThatThrownBy(() -> parse("--help=yes")).isInstanceOf(Args.UsageException.class);
    }
}
