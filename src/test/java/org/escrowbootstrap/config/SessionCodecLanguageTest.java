package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.escrowbootstrap.model.DialogSpec;
import org.junit.jupiter.api.Test;

/** The UI child gets the screen's language and its permission to grow, as the root side built them. */
class SessionCodecLanguageTest {

    @Test
    void show_carriesTheLanguageAndGrowToFit() {
        DialogSpec spec = DialogSpec.builder()
                .message("Guten Abend")
                .language("de")
                .growToFit(true)
                .build();

        SessionCodec.Request request = SessionCodec.readRequest(SessionCodec.show(7, spec));

        assertThat(request).isInstanceOfSatisfying(SessionCodec.Show.class, show -> {
            assertThat(show.spec().language()).isEqualTo("de");
            assertThat(show.spec().growToFit()).isTrue();
            assertThat(show.spec()).isEqualTo(spec);
        });
    }
}
