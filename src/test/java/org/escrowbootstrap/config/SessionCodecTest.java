package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogResult;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ExitCode;
import org.escrowbootstrap.model.FieldValue;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.TimerSpec;
import org.escrowbootstrap.model.WindowPosition;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

    private static DialogSpec richSpec() {
        return DialogSpec.builder()
                .window(new WindowSpec(
                        700,
                        false,
                        50,
                        true,
                        1.25,
                        WindowPosition.at(10, 20),
                        true,
                        true,
                        WindowSpec.Appearance.DARK,
                        'x'))
                .title("Escrow \"Bootstrap\" Token")
                .subtitle("IT : Client Services")
                .titleStyle(TextStyle.defaults()
                        .withSize(28f)
                        .withWeight(FontWeight.HEAVY)
                        .withColour(Colour.rgb(0xFFFFFF))
                        .withShadow(true)
                        .withAlignment(Alignment.LEFT)
                        .withOffset(12))
                .banner(ImageRef.parse("gradient=#112233,blue:angle=45"))
                .bannerTitle(true)
                .bannerHeight(120)
                .message("## Hello {username}\n\n* one\n* two ✓")
                .icon(new IconSpec(
                        ImageRef.parse("/Library/Icons/lock.png"),
                        ImageRef.parse("SF=checkmark.circle.fill,colour=green,weight=bold,bgcolour=none"),
                        120,
                        false,
                        true,
                        "Padlock"))
                .infoBox("**System Info**<br>Apple M3")
                .field(TextFieldSpec.password("Enter Password"))
                .field(new TextFieldSpec("Code", "code", false, true, "6 digits", "12", "^\\d{6}$", "six", true))
                .buttons(new Buttons("Store", true, "Not now", "Help", "https://example.org/help", true, null))
                .timer(new TimerSpec(90, true))
                .progress(new ProgressSpec(5, 2, "Working"))
                .jsonOutput(true)
                .alwaysReturnInput(true)
                .build();
    }

    @Test
    void show_roundTripsEveryPartOfTheSpec() {
        DialogSpec spec = richSpec();

        SessionCodec.Request request = SessionCodec.readRequest(SessionCodec.show(7, spec));

        assertThat(request).isEqualTo(new SessionCodec.Show(7, spec));
    }

    @Test
    void show_roundTripsEveryKindOfImageSource() {
        List<ImageRef> refs = List.of(
                ImageRef.none(),
                ImageRef.parse("caution"),
                ImageRef.parse("https://example.org/logo.png"),
                ImageRef.parse("/tmp/info"),
                ImageRef.parse("text=🔐"),
                ImageRef.parse("qr=https://example.org/enrol?id=1,2"),
                ImageRef.parse("SF=lock.fill,colour=#FF0000,colour2=primary"),
                ImageRef.parse("colour=#123456,nogradient"),
                ImageRef.parse("colour=red"));
        for (ImageRef ref : refs) {
            DialogSpec spec =
                    DialogSpec.builder().banner(ref).icon(IconSpec.of(ref, ref)).build();

            SessionCodec.Show back = (SessionCodec.Show) SessionCodec.readRequest(SessionCodec.show(1, spec));

            assertThat(back.spec().banner()).as(ref.toString()).isEqualTo(ref);
            assertThat(back.spec().icon().icon()).as(ref.toString()).isEqualTo(ref);
        }
    }

    @Test
    void displayProgressAndClose_roundTrip() {
        DialogSpec spec = DialogSpec.builder()
                .buttons(Buttons.none())
                .progress(ProgressSpec.busy("Storing…"))
                .build();

        assertThat(SessionCodec.readRequest(SessionCodec.display(spec))).isEqualTo(new SessionCodec.Display(spec));
        assertThat(SessionCodec.readRequest(SessionCodec.progress(ProgressSpec.busy("Checking"))))
                .isEqualTo(new SessionCodec.Progress(ProgressSpec.busy("Checking")));
        assertThat(SessionCodec.readRequest(SessionCodec.close())).isEqualTo(new SessionCodec.Close());
    }

    @Test
    void readRequest_rejectsMalformedLinesWithAMessage() {
        assertThatThrownBy(() -> SessionCodec.readRequest("{not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed request");
        assertThatThrownBy(() -> SessionCodec.readRequest("{\"type\":\"dance\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dance");
    }

    @Test
    void result_carriesASecretExactly_andTheWireHoldsNoTextOfIt() throws IOException {
        String password = "p@ss \"w0rd\" $x `id` \\ 🔑 ü";
        DialogResult result = new DialogResult(
                ExitCode.BUTTON1,
                List.of(
                        new FieldValue.Hidden("Enter Password", Secret.of(password)),
                        new FieldValue.Text("Code", "a : b")));
        StringWriter wire = new StringWriter();

        SessionCodec.writeResult(3, result, wire);

        assertThat(wire.toString())
                .doesNotContain("p@ss")
                .doesNotContain("w0rd")
                .endsWith("\n");
        SessionCodec.Reply reply = replies(wire.toString()).get(0);
        DialogResult back = ((SessionCodec.Result) reply).result();
        assertThat(((SessionCodec.Result) reply).id()).isEqualTo(3);
        assertThat(back.exitCode()).isEqualTo(ExitCode.BUTTON1);
        assertThat(back.secret("Enter Password").orElseThrow().contentEquals(Secret.of(password)))
                .isTrue();
        assertThat(back.value("Code")).contains(new FieldValue.Text("Code", "a : b"));
    }

    @Test
    void replies_readsSeveralLinesInOrder_thenEnds() throws IOException {
        StringWriter wire = new StringWriter();
        wire.write(SessionCodec.ready() + "\n");
        wire.write(SessionCodec.shown(1) + "\n");
        SessionCodec.writeResult(1, DialogResult.of(ExitCode.BUTTON2), wire);
        wire.write(SessionCodec.error("no display") + "\n");

        assertThat(replies(wire.toString()))
                .containsExactly(
                        new SessionCodec.Ready(),
                        new SessionCodec.Shown(1),
                        new SessionCodec.Result(1, DialogResult.of(ExitCode.BUTTON2)),
                        new SessionCodec.Error("no display"));
    }

    @Test
    void replies_reportGarbageAsAProtocolError() {
        assertThatThrownBy(() -> replies("{\"type\":\"result\",\"exit\":\"NOPE\"}"))
                .isInstanceOf(SessionCodec.ProtocolException.class)
                .hasMessageContaining("malformed reply");
    }

    @Test
    void aReplyLineOverTheCap_isAProtocolError_notAnOutOfMemory() {
        SessionLines lines = new SessionLines(new EndlessLine(), 1024 * 1024);

        assertThatThrownBy(lines::next)
                .isInstanceOf(SessionCodec.ProtocolException.class)
                .hasMessageContaining("longer than 1048576 bytes");
    }

    @Test
    void aSecretOverTheCap_isAProtocolError() {
        String units = String.join(",", java.util.Collections.nCopies(SessionCodec.MAX_SECRET + 1, "97"));
        String line = "{\"type\":\"result\",\"id\":1,\"exit\":\"BUTTON1\",\"values\":[{\"key\":\"p\",\"secret\":["
                + units + "]}]}";

        assertThatThrownBy(() -> replies(line)).hasMessageContaining("a secret longer than 4096 characters");
    }

    @Test
    void aTextOverTheCap_andTooManyValues_areProtocolErrors() {
        String longText = "{\"type\":\"error\",\"message\":\"" + "x".repeat(SessionCodec.MAX_TEXT + 1) + "\"}";
        String value = "{\"key\":\"k\",\"text\":\"v\"}";
        String many = "{\"type\":\"result\",\"id\":1,\"exit\":\"BUTTON1\",\"values\":["
                + String.join(",", java.util.Collections.nCopies(SessionCodec.MAX_VALUES + 1, value)) + "]}";

        assertThatThrownBy(() -> replies(longText)).hasMessageContaining("message is longer than");
        assertThatThrownBy(() -> replies(many)).hasMessageContaining("more than 64 values");
    }

    private static List<SessionCodec.Reply> replies(String wire) throws IOException {
        SessionLines lines = new SessionLines(new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8)));
        List<SessionCodec.Reply> all = new ArrayList<>();
        for (char[] line = lines.next(); line != null; line = lines.next()) {
            all.add(SessionCodec.readReply(line));
        }
        return all;
    }

    /** A child that writes one line and never ends it. */
    private static final class EndlessLine extends InputStream {
        @Override
        public int read() {
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }
}
