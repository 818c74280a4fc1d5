package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The captured output of a child: searched as it grows, redacted when turned into text, wiped after. */
class TranscriptTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void find_seesAPromptOnlyOnceItIsComplete_evenWhenSplitAcrossChunks() {
        Transcript t = new Transcript();
        t.append(utf8("Enter the pass"), 14);
        assertThat(t.find(Pattern.compile("password:"), 0)).isEmpty();

        t.append(utf8("word:"), 5);

        assertThat(t.find(Pattern.compile("password:"), 0)).hasValue(19);
        assertThat(t.find(Pattern.compile("password:"), 19)).isEmpty();
    }

    @Test
    void find_countsCharactersNotBytes_acrossMultiByteText() {
        Transcript t = new Transcript();
        byte[] bytes = utf8("Ünïcode 🔐 Password:");
        t.append(bytes, bytes.length);

        assertThat(t.find(Pattern.compile("Password:"), 0)).hasValue("Ünïcode 🔐 Password:".length());
    }

    @Test
    void text_withholdsEveryLineThatHoldsASecret_wholly() {
        Transcript t = new Transcript();
        byte[] bytes = utf8("Password:s3cr3t\nno match here\nyou typed s3cr3t.\n");
        t.append(bytes, bytes.length);

        String w = Transcript.WITHHELD;
        assertThat(t.text(List.of(utf8("s3cr3t")))).isEqualTo(w + "\nno match here\n" + w + "\n");
        assertThat(t.text(9, List.of(utf8("s3cr3t")))).isEqualTo(w + "\nno match here\n" + w + "\n");
    }

    @Test
    void text_aPasswordThatIsAWordOfTheToolsText_isNotRevealedByWhereItStood() {
        Transcript t = new Transcript();
        byte[] bytes = utf8("Error: Unable to authenticate user information.\n");
        t.append(bytes, bytes.length);

        String shown = t.text(List.of(utf8("authenticate")));

        assertThat(shown).isEqualTo(Transcript.WITHHELD + "\n").doesNotContain("Unable", "***");
    }

    @Test
    void wipe_zeroesWhatWasCollected() {
        Transcript t = new Transcript();
        t.append(utf8("secret"), 6);

        t.wipe();

        assertThat(t.size()).isZero();
        assertThat(t.text(List.of())).isEmpty();
    }
}
