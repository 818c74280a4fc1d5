package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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
        SessionCodec.Reply reply =
                SessionCodec.replies(new StringReader(wire.toString())).next();
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

        SessionCodec.ReplyStream replies = SessionCodec.replies(new StringReader(wire.toString()));

        assertThat(replies.next()).isEqualTo(new SessionCodec.Ready());
        assertThat(replies.next()).isEqualTo(new SessionCodec.Shown(1));
        assertThat(replies.next()).isEqualTo(new SessionCodec.Result(1, DialogResult.of(ExitCode.BUTTON2)));
        assertThat(replies.next()).isEqualTo(new SessionCodec.Error("no display"));
        assertThat(replies.next()).isNull();
    }

    @Test
    void replies_reportGarbageAsAnIOException() {
        SessionCodec.ReplyStream replies =
                SessionCodec.replies(new StringReader("{\"type\":\"result\",\"exit\":\"NOPE\"}"));

        assertThatThrownBy(replies::next).isInstanceOf(IOException.class).hasMessageContaining("malformed reply");
    }
}
