package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Host facts: when the escrow may run, and absolute paths under a sysroot. */
class HostTest {

    @Test
    void canRun_needsRootAndMacOsOrASysroot() {
        assertThat(new Host(true, true, Optional.empty()).canRun()).isTrue();
        assertThat(new Host(true, false, Optional.of(Path.of("/tmp/x"))).canRun())
                .isTrue();
        assertThat(new Host(true, false, Optional.empty()).canRun()).isFalse();
        assertThat(new Host(false, true, Optional.empty()).canRun()).isFalse();
    }

    @Test
    void resolve_putsAbsolutePathsUnderTheSysroot() {
        Host host = Host.simulated(Path.of("/tmp/sysroot"));

        assertThat(host.resolve("/var/log/escrow-bootstrap.log"))
                .isEqualTo(Path.of("/tmp/sysroot/var/log/escrow-bootstrap.log"));
    }

    @Test
    void resolve_withoutSysroot_keepsThePath() {
        Host host = new Host(true, true, Optional.empty());

        assertThat(host.resolve("/var/log/x.log")).isEqualTo(Path.of("/var/log/x.log"));
    }

    @Test
    void detect_readsThisJvm() {
        Host host = Host.detect(Optional.empty());

        assertThat(host.macOS()).isEqualTo(System.getProperty("os.name").startsWith("Mac"));
        assertThat(host.root()).isEqualTo("root".equals(System.getProperty("user.name")));
    }
}
