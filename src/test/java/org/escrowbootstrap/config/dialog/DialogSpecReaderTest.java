package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.escrowbootstrap.config.dialog.DialogRequest.EarlyExit;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Notification;
import org.escrowbootstrap.model.TemplateVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogSpecReaderTest {

    private static final TemplateVariables VARIABLES = TemplateVariables.of(Map.of("serialnumber", "C02XYZ"));

    @TempDir
    Path dir;

    private static DialogRequest read(String... args) {
        return DialogSpecReader.read(List.of(args), VARIABLES);
    }

    @Test
    void read_buildsTheSpec() {
        DialogRequest request = read("--title", "Hello", "--message", "Body");

        assertThat(request.earlyExit()).isEmpty();
        assertThat(request.spec().title()).isEqualTo("Hello");
        assertThat(request.screenshot()).isEmpty();
        assertThat(request.warnings()).isEmpty();
    }

    @Test
    void read_notification_carriesTitleSubtitleMessageAndOnlyAGivenIcon() {
        DialogRequest plain =
                read("--notification", "--title", "Reminder", "--message", "Your password will expire in 10 days.");
        DialogRequest full =
                read("--notification", "--title", "T", "--subtitle", "S", "--message", "a\\nb", "--icon", "/tmp/x.png");

        assertThat(plain.notification())
                .contains(new Notification("Reminder", null, "Your password will expire in 10 days.", null));
        assertThat(plain.warnings()).isEmpty();
        assertThat(full.notification()).contains(new Notification("T", "S", "a\nb", ImageRef.parse("/tmp/x.png")));
        assertThat(read("--title", "T").notification()).isEmpty();
        assertThat(DialogSpecReader.mayShowWindow(new String[] {"--notification", "--title", "T"}))
                .isFalse();
    }

    @Test
    void read_acceptsTheArrayMainReceives() {
        assertThat(DialogSpecReader.read(new String[] {"--title", "T"}, VARIABLES)
                        .spec()
                        .title())
                .isEqualTo("T");
    }

    @Test
    void read_slowMarkdownUrl_isCutOffByTheTimeLimit() throws Exception {
        try (java.net.ServerSocket silent =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/message.md";

            DialogRequest request = DialogSpecReader.read(List.of("--message", url), VARIABLES, Duration.ofMillis(300));

            assertThat(request.spec().message()).startsWith("Could not read " + url + ": ");
            assertThat(request.warnings()).hasSize(1);
        }
    }

    @Test
    void read_noArguments_printsHelp() {
        EarlyExit exit = read().earlyExit().orElseThrow();

        assertThat(exit.exitCode()).isZero();
        assertThat(exit.stdout()).isEqualTo(DialogHelp.overview());
        assertThat(exit.stderr()).isEmpty();
    }

    @Test
    void read_help_printsTheOverview() {
        EarlyExit exit = read("--title", "T", "--help").earlyExit().orElseThrow();

        assertThat(exit.exitCode()).isZero();
        assertThat(exit.stdout()).startsWith("usage: escrow-bootstrap dialog [options]");
    }

    @Test
    void read_helpWithATopic_printsThatOption() {
        EarlyExit exit = read("--help", "timer").earlyExit().orElseThrow();

        assertThat(exit.stdout()).isEqualTo(DialogHelp.topic("timer"));
    }

    @Test
    void read_version_isTheSwiftDialogVersionWeImplement_inSwiftDialogsFourPartForm() {
        EarlyExit exit = read("--version").earlyExit().orElseThrow();

        assertThat(exit).isEqualTo(new EarlyExit(0, "3.1.0.4989\n", ""));
    }

    @Test
    void read_version_comesBeforeJson_likeHelp() {
        EarlyExit exit =
                read("--title", "Hi", "-v", "--jsonstring", "{oops").earlyExit().orElseThrow();

        assertThat(exit.stdout()).isEqualTo("3.1.0.4989\n");
    }

    @Test
    void read_helpComesBeforeJson() {
        assertThat(read("--jsonstring", "{oops", "--help")
                        .earlyExit()
                        .orElseThrow()
                        .exitCode())
                .isZero();
    }

    @Test
    void read_malformedJson_exits202_namingLineAndColumn() {
        DialogRequest request = read("--titel", "x", "--jsonstring", "{\"title\": \"x\",\n \"message\" \"y\"}");

        EarlyExit exit = request.earlyExit().orElseThrow();
        assertThat(exit.exitCode()).isEqualTo(202);
        assertThat(exit.stdout()).isEqualTo("JSON import failed\n");
        assertThat(exit.stderr())
                .isEqualTo("escrow-bootstrap: --jsonstring: not valid JSON at line 2, column 12: expected ':' after"
                        + " the key\n");
        assertThat(request.spec()).isNull();
        assertThat(request.warnings())
                .containsExactly("unknown option --titel (did you mean --title?), ignored with its" + " value \"x\"");
    }

    @Test
    void read_missingJsonFile_exits202() {
        String path = dir.resolve("missing.json").toString();

        EarlyExit exit = read("--jsonfile", path).earlyExit().orElseThrow();

        assertThat(exit)
                .isEqualTo(new EarlyExit(
                        202,
                        "ERROR: File not found : " + path + "\n",
                        "escrow-bootstrap: --jsonfile " + path + ": no such file\n"));
    }

    @Test
    void read_jsonFile() throws Exception {
        Path file = dir.resolve("dialog.json");
        Files.writeString(file, "{\n  \"title\": \"From file {serialnumber}\",\n  \"button2\": true\n}\n");

        DialogRequest request = read("--jsonfile", file.toString());

        assertThat(request.spec().title()).isEqualTo("From file C02XYZ");
        assertThat(request.spec().buttons().button2Text()).isEqualTo("Cancel");
    }

    @Test
    void read_prettyPrintedJsonString_isAccepted() {
        DialogRequest request = read("--jsonstring", "{\n  \"title\": \"Pretty\",\n  \"timer\": 30\n}");

        assertThat(request.spec().title()).isEqualTo("Pretty");
        assertThat(request.spec().timer().seconds()).isEqualTo(30);
    }

    @Test
    void read_unknownOption_stillShowsTheDialog() {
        DialogRequest request = read("--loginwindow", "--titel", "x", "--title", "T");

        assertThat(request.spec().title()).isEqualTo("T");
        assertThat(request.warnings()).hasSize(2);
    }

    @Test
    void read_screenshot() {
        DialogRequest request = read("--title", "T", "--screenshot", "out/dialog.png");

        assertThat(request.screenshot()).contains(Path.of("out/dialog.png"));
    }

    @Test
    void read_screenshotIsNotATemplate() {
        assertThat(read("--screenshot", "{serialnumber}.png").screenshot()).contains(Path.of("{serialnumber}.png"));
    }

    @Test
    void rendersScreenshot_onlyWhenTheScreenshotOptionHasAFileName() {
        assertThat(DialogSpecReader.rendersScreenshot(new String[] {"--title", "T", "--screenshot", "a.png"}))
                .isTrue();
        assertThat(DialogSpecReader.rendersScreenshot(new String[] {"--title", "T"}))
                .isFalse();
        assertThat(DialogSpecReader.rendersScreenshot(new String[] {"--screenshot", " "}))
                .isFalse();
        assertThat(DialogSpecReader.rendersScreenshot(new String[] {"--screenshot", "a.png", "--help"}))
                .isFalse();
        assertThat(DialogSpecReader.rendersScreenshot(new String[] {"--screenshot", "a.png", "--version"}))
                .isFalse();
    }

    /**
     * The early answer (on which the launcher settles headless mode before reading the arguments) is the one the
     * full reading gives, whenever that reading ends in a dialog: a window never loses its display to it.
     */
    @Property(tries = 300)
    void rendersScreenshot_agreesWithTheFullReading(@ForAll("argumentLists") List<String> args) {
        DialogRequest request = DialogSpecReader.read(args, VARIABLES);

        if (request.earlyExit().isEmpty()) {
            assertThat(DialogSpecReader.rendersScreenshot(args.toArray(String[]::new)))
                    .isEqualTo(request.screenshot().isPresent());
        }
    }

    @Test
    void read_looksUpVariablesOnlyWhenATextUsesOne() {
        AtomicInteger lookups = new AtomicInteger();
        TemplateVariables counting = name -> {
            lookups.incrementAndGet();
            return Optional.of("v");
        };

        DialogSpecReader.read(List.of("--title", "Plain", "--message", "No placeholders"), counting);
        assertThat(lookups).hasValue(0);

        DialogSpecReader.read(List.of("--title", "{serialnumber}"), counting);
        assertThat(lookups).hasValue(1);
    }

    /** Whatever the arguments, reading never throws and gives either a dialog or an early exit. */
    @Property(tries = 300)
    void read_neverThrows(@ForAll("argumentLists") List<String> args) {
        DialogRequest request = DialogSpecReader.read(args, VARIABLES);

        assertThat(request.spec() != null || request.earlyExit().isPresent()).isTrue();
    }

    @Provide
    Arbitrary<List<String>> argumentLists() {
        List<String> tokens = new ArrayList<>();
        for (DialogOption option : DialogOption.values()) {
            if (option != DialogOption.JSONFILE) {
                tokens.addAll(option.tokens());
            }
        }
        Arbitrary<String> options = Arbitraries.of(tokens);
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of(
                        "-5",
                        "0",
                        "700",
                        "50%",
                        "none",
                        "",
                        "{",
                        "{\"title\": true}",
                        "[1]",
                        "SF=x,colour=zz",
                        "colour=",
                        "gradient=",
                        "a,secure,regex=(",
                        "size=,colour=",
                        "1,2",
                        "\\n",
                        "text=",
                        "shot.png"));
        return Arbitraries.oneOf(options, values).list().ofMaxSize(12);
    }
}
