package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkOpenerTest {

    @Test
    void scriptAndDataLinks_areRefused_beforeAnythingIsStarted() {
        assertThatThrownBy(() -> LinkOpener.system().open(URI.create("javascript:alert(1)")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a link that can be opened");
        assertThatThrownBy(() -> LinkOpener.system().open(URI.create("data:text/html,x")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LinkOpener.system().open(URI.create("relative/path")))
                .isInstanceOf(IOException.class);
    }
}
