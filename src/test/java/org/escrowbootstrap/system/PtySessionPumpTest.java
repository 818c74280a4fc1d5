package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * How the terminal's output is collected: "nobody on the other side" (EIO, or the end of the stream when pty4j's
 * poll sees the hang-up) is the end only once the program has gone, because Linux also says it in the moment
 * before the child has opened its terminal.
 */
class PtySessionPumpTest {

    private static final String EOF = "<eof>";
    private static final String EIO = "<eio>";

    @Test
    void hangUpsBeforeTheChildOpensItsTerminal_areNotTheEnd() throws InterruptedException {
        AtomicBoolean gone = new AtomicBoolean();
        InputStream terminal = new ScriptedTerminal(List.of(EOF, EIO, EOF, "Enter the admin user name:"), gone);
        Transcript transcript = new Transcript();

        PtySession.pump(terminal, gone::get, transcript);

        assertThat(transcript.text(List.of())).isEqualTo("Enter the admin user name:");
        assertThat(transcript.hasEnded()).isTrue();
    }

    @Test
    void theEndOnceTheProgramHasGone_endsTheTranscriptAtOnce() throws InterruptedException {
        AtomicBoolean gone = new AtomicBoolean(true);
        Transcript transcript = new Transcript();

        PtySession.pump(new ScriptedTerminal(List.of(EOF), gone), gone::get, transcript);

        assertThat(transcript.text(List.of())).isEmpty();
        assertThat(transcript.hasEnded()).isTrue();
    }

    /**
     * A terminal that answers reads from a script: text, a hang-up as the end of the stream, or EIO; once the
     * script is done it reports the program gone and the end of the stream.
     */
    private static final class ScriptedTerminal extends InputStream {
        private final Deque<String> script;
        private final AtomicBoolean gone;

        ScriptedTerminal(List<String> script, AtomicBoolean gone) {
            this.script = new ArrayDeque<>(script);
            this.gone = gone;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("the pump reads in chunks");
        }

        @Override
        public int read(byte[] buffer) throws IOException {
            String next = script.poll();
            if (next == null) {
                gone.set(true);
                return -1;
            }
            if (next.equals(EOF)) {
                return -1;
            }
            if (next.equals(EIO)) {
                throw new IOException("Input/output error");
            }
            byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(bytes, 0, buffer, 0, bytes.length);
            return bytes.length;
        }
    }
}
