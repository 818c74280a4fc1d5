package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escrowbootstrap.model.DialogSpec;
import org.junit.jupiter.api.Test;

class DialogRequestTest {

    @Test
    void request_hasEitherASpecOrAnEarlyExit() {
        DialogSpec spec = DialogSpec.builder().build();

        assertThatThrownBy(() -> new DialogRequest(null, Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DialogRequest(
                        spec, Optional.empty(), List.of(), Optional.of(new DialogRequest.EarlyExit(0, "", ""))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DialogRequest.show(spec, Optional.empty(), List.of(), Optional.empty())
                        .spec())
                .isSameAs(spec);
        assertThat(DialogRequest.exit(0, "x\n", "", List.of()).earlyExit()).isPresent();
    }

    @Test
    void request_copiesWarnings() {
        List<String> warnings = new ArrayList<>(List.of("a"));
        DialogRequest request =
                DialogRequest.show(DialogSpec.builder().build(), Optional.empty(), warnings, Optional.empty());

        warnings.add("b");

        assertThat(request.warnings()).containsExactly("a");
    }

    @Test
    void printWarnings_prefixesEachLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DialogRequest request = DialogRequest.exit(0, "", "", List.of("first", "second"));

        request.printWarnings(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("escrow-bootstrap: warning: first" + System.lineSeparator()
                        + "escrow-bootstrap: warning: second" + System.lineSeparator());
    }
}
