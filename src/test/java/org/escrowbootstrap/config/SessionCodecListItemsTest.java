package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.junit.jupiter.api.Test;

/** The escrow's progress screen reaches its UI child whole: list items, their statuses and a decimal bar. */
class SessionCodecListItemsTest {

    @Test
    void aScreenWithListItems_roundTrips() {
        DialogSpec spec = DialogSpec.builder()
                .buttons(Buttons.none())
                .progress(new ProgressSpec(10, 2.5, false, false, "Storing…"))
                .list(ListSpec.of(List.of(
                                ListItem.of("Checking this Mac").withStatus(ListItem.Status.SUCCESS),
                                ListItem.of("Storing")
                                        .withStatus(ListItem.Status.WAIT)
                                        .withStatusText("now"),
                                ListItem.of("Ring").withProgress(40).withIcon(ImageRef.parse("SF=cpu")),
                                ListItem.of("Custom").withCustomStatus(ImageRef.parse("SF=star.fill"))))
                        .withStyle(ListSpec.Style.COMPACT))
                .build();

        assertThat(SessionCodec.readRequest(SessionCodec.display(spec))).isEqualTo(new SessionCodec.Display(spec));
    }
}
