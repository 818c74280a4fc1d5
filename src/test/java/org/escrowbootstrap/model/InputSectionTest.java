package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputSectionTest {

    @Test
    void order_namedFirst_thenTheRestInSwiftDialogsDefaultOrder() {
        List<String> unknown = new ArrayList<>();

        assertThat(InputSection.order(List.of("dropdown", " textfield", "webcontent", "radiobutton"), unknown))
                .containsExactly(
                        InputSection.MENUS,
                        InputSection.TEXT_FIELDS,
                        InputSection.RADIO_GROUPS,
                        InputSection.LIST,
                        InputSection.CHECKBOXES);
        assertThat(unknown).isEmpty(); // webcontent is swiftDialog's, only not drawn here
    }

    @Test
    void order_unknownNamesAndRepeats_areSkipped_andTheUnknownReported() {
        List<String> unknown = new ArrayList<>();

        assertThat(InputSection.order(List.of("Checkbox", "checkbox", "checkbox"), unknown))
                .containsExactly(
                        InputSection.CHECKBOXES,
                        InputSection.LIST,
                        InputSection.TEXT_FIELDS,
                        InputSection.RADIO_GROUPS,
                        InputSection.MENUS);
        assertThat(unknown).containsExactly("Checkbox"); // case-sensitive, as swiftDialog
    }

    @Test
    void aSpec_withoutAViewOrder_hasTheDefault() {
        assertThat(DialogSpec.builder().build().viewOrder()).isEqualTo(InputSection.DEFAULT_ORDER);
    }
}
