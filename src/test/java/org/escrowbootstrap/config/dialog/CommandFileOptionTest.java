package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --commandfile} and JSON {@code commandfile}: which file a dialog follows. */
class CommandFileOptionTest {

    private static DialogRequest read(String... args) {
        return DialogSpecReader.read(List.of(args), name -> Optional.empty());
    }

    @Test
    void notGiven_followsSwiftDialogsDefault() {
        DialogRequest request = read("--title", "x");

        assertThat(request.commandFile()).isEmpty();
        assertThat(request.commandFileToFollow()).isEqualTo(Path.of("/var/tmp/dialog.log"));
    }

    @Test
    void givenOnTheCommandLine_orInJson() {
        assertThat(read("--commandfile", "/tmp/a.log").commandFileToFollow()).isEqualTo(Path.of("/tmp/a.log"));
        assertThat(read("--jsonstring", "{\"title\": \"x\", \"commandfile\": \"/tmp/b.log\"}")
                        .commandFileToFollow())
                .isEqualTo(Path.of("/tmp/b.log"));
    }

    @Test
    void aNameThatIsNoPath_isAWarning_andTheDefaultIsFollowed() {
        DialogRequest request = read("--commandfile", "bad\0name");

        assertThat(request.commandFileToFollow()).isEqualTo(DialogRequest.DEFAULT_COMMAND_FILE);
        assertThat(request.warnings()).hasSize(1).first().asString().contains("is not a file name");
    }
}
