package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.TimerSpec;
import org.escrowbootstrap.model.VerticalPosition;
import org.escrowbootstrap.model.WindowButtons;
import org.escrowbootstrap.model.WindowPosition;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported option, from the command line and from JSON, to its meaning in the spec. */
class DialogSpecMapperTest {

    private static final TemplateVariables VARIABLES =
            TemplateVariables.of(Map.of("serialnumber", "C02XYZ", "username", "alex", "computername", "Alex's Mac"));
    private static final Colour WHITE = Colour.rgb(0xFFFFFF);

    private List<String> warnings = new ArrayList<>();

    @TempDir
    Path dir;

    private DialogSpec cli(String... args) {
        DialogRequest request = DialogSpecReader.read(List.of(args), VARIABLES);
        assertThat(request.earlyExit()).isEmpty();
        warnings = new ArrayList<>(request.warnings());
        return request.spec();
    }

    private DialogSpec json(String json, String... more) {
        List<String> args = new ArrayList<>(List.of("--jsonstring", json));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    @Nested
    class Window {
        @Test
        void defaults_areSwiftDialogs() {
            WindowSpec window = cli("--title", "T").window();

            assertThat(window).isEqualTo(WindowSpec.defaults());
            assertThat(window.width()).isEqualTo(820);
            assertThat(window.height()).isEqualTo(380);
            assertThat(window.quitKey()).isEqualTo('q');
        }

        @Test
        void widthAndHeight() {
            assertThat(cli("--width", "700", "--height", "420").window())
                    .extracting(WindowSpec::width, WindowSpec::height)
                    .containsExactly(700, 420);
            assertThat(json("{\"width\": 700, \"height\": \"420\"}").window())
                    .extracting(WindowSpec::width, WindowSpec::height)
                    .containsExactly(700, 420);
        }

        @Test
        void widthAndHeightInPercent() {
            WindowSpec window = cli("--width", "50%", "--height", "25%").window();

            assertThat(window.width()).isEqualTo(50);
            assertThat(window.widthPercent()).isTrue();
            assertThat(window.height()).isEqualTo(25);
            assertThat(window.heightPercent()).isTrue();
        }

        @Test
        void badSizes_warnAndKeepTheDefault() {
            WindowSpec window = cli("--width", "abc", "--height", "150%").window();

            assertThat(window.width()).isEqualTo(820);
            assertThat(window.height()).isEqualTo(380);
            assertThat(window.heightPercent()).isFalse();
            assertThat(warnings)
                    .containsExactly(
                            "--width \"abc\" is not a size (points, or a percentage up to 100%); the default 820 is used",
                            "--height \"150%\" is not a size (points, or a percentage up to 100%); the default 380 is"
                                    + " used");
        }

        @Test
        void zeroWidth_warns() {
            assertThat(json("{\"width\": 0}").window().width()).isEqualTo(820);
            assertThat(warnings).hasSize(1);
        }

        @Test
        void small_scalesAndShrinksTheIcon() {
            DialogSpec spec = cli("--small");

            assertThat(spec.window().scale()).isEqualTo(0.75);
            assertThat(spec.icon().size()).isEqualTo(120);
        }

        @Test
        void small_keepsAnExplicitIconSize() {
            assertThat(cli("-s", "--iconsize", "90").icon().size()).isEqualTo(90);
            assertThat(json("{\"small\": true, \"iconsize\": 90}").icon().size())
                    .isEqualTo(90);
        }

        @Test
        void big() {
            assertThat(cli("--big").window().scale()).isEqualTo(1.25);
            assertThat(json("{\"big\": true}").window().scale()).isEqualTo(1.25);
            assertThat(cli("--big").icon().size()).isEqualTo(150);
        }

        @Test
        void smallAndBig_smallCounts() {
            assertThat(cli("--big", "--small").window().scale()).isEqualTo(0.75);
            assertThat(warnings).containsExactly("--small and --big both given; --small counts");
        }

        @Test
        void position() {
            assertThat(cli("--position", "topright").window().position())
                    .isEqualTo(WindowPosition.of(WindowPosition.Keyword.TOPRIGHT));
            assertThat(json("{\"position\": \"center\"}").window().position())
                    .isEqualTo(WindowPosition.of(WindowPosition.Keyword.CENTRE));
            assertThat(cli("--position", "100,200").window().position()).isEqualTo(WindowPosition.at(100, 200));
        }

        @Test
        void badPosition_warns() {
            assertThat(cli("--position", "middle").window().position())
                    .isEqualTo(WindowPosition.of(WindowPosition.Keyword.DEFAULT));
            assertThat(warnings)
                    .containsExactly(
                            "--position \"middle\" is not a position keyword such as topright, or x,y; ignored");
        }

        @Test
        void moveableAndOnTop() {
            assertThat(cli("--moveable", "--ontop").window())
                    .extracting(WindowSpec::moveable, WindowSpec::onTop)
                    .containsExactly(true, true);
            assertThat(json("{\"moveable\": true, \"ontop\": true}").window())
                    .extracting(WindowSpec::moveable, WindowSpec::onTop)
                    .containsExactly(true, true);
        }

        @Test
        void appearance() {
            assertThat(cli("--appearance", "dark").window().appearance()).isEqualTo(WindowSpec.Appearance.DARK);
            assertThat(json("{\"appearance\": \"Light\"}").window().appearance())
                    .isEqualTo(WindowSpec.Appearance.LIGHT);
            assertThat(cli("--appearance", "purple").window().appearance()).isEqualTo(WindowSpec.Appearance.SYSTEM);
            assertThat(warnings).containsExactly("--appearance \"purple\" is not dark or light; ignored");
        }

        @Test
        void quitKey() {
            assertThat(cli("--quitkey", "x").window().quitKey()).isEqualTo('x');
            assertThat(json("{\"quitkey\": \"k\"}").window().quitKey()).isEqualTo('k');
            assertThat(cli("--quitkey", "xy").window().quitKey()).isEqualTo('q');
            assertThat(warnings).containsExactly("--quitkey \"xy\" is not one character; q is the quit key");
        }

        @Test
        void blurScreen_isOffUnlessGiven() {
            assertThat(cli("--title", "T").window().blurScreen()).isFalse();
            assertThat(cli("--blurscreen").window().blurScreen()).isTrue();
            assertThat(json("{\"blurscreen\": true}").window().blurScreen()).isTrue();
            assertThat(json("{\"blurscreen\": false}", "--blurscreen").window().blurScreen())
                    .isFalse();
            assertThat(warnings).isEmpty();
        }

        @Test
        void windowButtons_noneByDefault_allAlone_orThoseNamed() {
            assertThat(cli("--title", "T").window().buttons()).isEqualTo(WindowButtons.none());
            assertThat(cli("--windowbuttons").window().buttons()).isEqualTo(WindowButtons.all());
            assertThat(cli("--windowbuttons", "--title", "T").window().buttons())
                    .isEqualTo(WindowButtons.all());
            assertThat(cli("--windowbuttons", "min,MAX").window().buttons())
                    .isEqualTo(new WindowButtons(false, true, true));
            assertThat(cli("--windowbuttons", "close").window().buttons())
                    .isEqualTo(new WindowButtons(true, false, false));
            assertThat(warnings).isEmpty();
        }

        @Test
        void windowButtons_inJson_trueIsAll_falseIsNone_textIsAList() {
            assertThat(json("{\"windowbuttons\": true}").window().buttons()).isEqualTo(WindowButtons.all());
            assertThat(json("{\"windowbuttons\": false}", "--windowbuttons")
                            .window()
                            .buttons())
                    .isEqualTo(WindowButtons.none());
            assertThat(json("{\"windowbuttons\": \"close, min\"}").window().buttons())
                    .isEqualTo(new WindowButtons(true, true, false));
            assertThat(warnings).isEmpty();
        }

        @Test
        void presentation_isOffUnlessGiven_andAlwaysHasABusyBar() {
            assertThat(cli("--title", "T").presentation()).isFalse();
            DialogSpec spec = cli("--presentation", "--progresstext", "Starting");
            assertThat(spec.presentation()).isTrue();
            assertThat(spec.progress()).isEqualTo(new ProgressSpec(100, 0, true, false, "Starting"));
            assertThat(json("{\"presentation\": true, \"progress\": 8}").progress())
                    .isEqualTo(new ProgressSpec(8, 0, true, false, null));
            assertThat(warnings).isEmpty();
        }

        @Test
        void presentation_drawsNoInputs_soTheyAreLeftOut_withAWarning() {
            DialogSpec spec = cli("--presentation", "--textfield", "Name", "--checkbox", "Agree");
            assertThat(spec.fields()).isEmpty();
            assertThat(spec.choices().isEmpty()).isTrue();
            assertThat(warnings)
                    .containsExactly("--presentation shows no text fields, selects or check boxes; they are left out");
        }

        @Test
        void fullScreen_fromTheFlagItsShortNameAndJson() {
            assertThat(cli("--title", "T").fullScreen()).isFalse();
            assertThat(cli("--fullscreen").fullScreen()).isTrue();
            assertThat(cli("-f").fullScreen()).isTrue();
            assertThat(json("{\"fullscreen\": true}").fullScreen()).isTrue();
            assertThat(warnings).isEmpty();
        }

        @Test
        void fullScreen_neitherMovesNorFloatsNorBlurs_andLeavesOutInputsWithAWarning() {
            DialogSpec spec = cli(
                    "--fullscreen", "--moveable", "--ontop", "--blurscreen", "--textfield", "Name", "--progress", "5");
            assertThat(spec.window().moveable()).isFalse();
            assertThat(spec.window().onTop()).isFalse();
            assertThat(spec.window().blurScreen()).isFalse();
            assertThat(spec.fields()).isEmpty();
            assertThat(spec.progress()).isNull();
            assertThat(warnings)
                    .containsExactly(
                            "--fullscreen shows no text fields, selects, check boxes or list; they are left out");
        }

        @Test
        void eula_fromTheFlagAndJson() {
            assertThat(cli("--message", "M").eula()).isFalse();
            assertThat(cli("--eula", "--message", "M").eula()).isTrue();
            assertThat(json("{\"eula\": true, \"message\": \"M\"}").eula()).isTrue();
            assertThat(warnings).isEmpty();
        }

        @Test
        void windowButtons_anUnknownWord_warnsAndTheOthersCount() {
            assertThat(cli("--windowbuttons", "min,zoom").window().buttons())
                    .isEqualTo(new WindowButtons(false, true, false));
            assertThat(warnings).containsExactly("--windowbuttons: \"zoom\" is not close, min or max; ignored");
        }
    }

    @Nested
    class TitleAndMessage {
        @Test
        void title() {
            assertThat(cli("--title", "Hello").title()).isEqualTo("Hello");
            assertThat(json("{\"title\": \"Hello\"}").title()).isEqualTo("Hello");
        }

        @Test
        void noTitle_isAnEmptyTitleStrip() {
            DialogSpec spec = cli("--message", "M");

            assertThat(spec.title()).isEmpty();
            assertThat(spec.hasTitleArea()).isTrue();
        }

        @Test
        void titleNoneOrEmpty_hidesTheTitleArea() {
            assertThat(cli("--title", "none").title()).isNull();
            assertThat(cli("--title", "").title()).isNull();
            assertThat(json("{\"title\": \"none\"}").title()).isNull();
            assertThat(json("{\"title\": \"\"}").hasTitleArea()).isFalse();
        }

        @Test
        void subtitle() {
            assertThat(cli("--subtitle", "Sub").subtitle()).isEqualTo("Sub");
            assertThat(json("{\"subtitle\": \"Sub\"}").subtitle()).isEqualTo("Sub");
            assertThat(cli("--title", "T").subtitle()).isNull();
        }

        @Test
        void titleFont_stringForm() {
            TextStyle style = cli(
                            "--titlefont",
                            "size=24,colour=#00A4C7,weight=light,name=Avenir,shadow=true," + "alignment=left,offset=10")
                    .titleStyle();

            assertThat(style)
                    .isEqualTo(new TextStyle(
                            24f, FontWeight.LIGHT, Colour.rgb(0x00A4C7), "Avenir", true, Alignment.LEFT, 10));
        }

        @Test
        void titleFont_objectForm() {
            TextStyle style = json("{\"titlefont\": {\"size\": 24, \"weight\": \"light\", \"colour\": \"red\","
                            + " \"name\": \"Avenir\", \"alignment\": \"left\", \"offset\": 10}}")
                    .titleStyle();

            assertThat(style)
                    .isEqualTo(new TextStyle(
                            24f,
                            FontWeight.LIGHT,
                            Colour.parse("red").orElseThrow(),
                            "Avenir",
                            false,
                            Alignment.LEFT,
                            10));
        }

        @Test
        void message() {
            assertThat(cli("--message", "**Hi**").message()).isEqualTo("**Hi**");
            assertThat(json("{\"message\": \"**Hi**\"}").message()).isEqualTo("**Hi**");
            assertThat(cli("-m", "a\\nb").message()).isEqualTo("a\nb");
        }

        @Test
        void messageNoneOrMissing_isNoMessage() {
            assertThat(cli("--message", "none").message()).isNull();
            assertThat(cli("--message", "").message()).isNull();
            assertThat(cli("--title", "T").message()).isNull();
        }

        @Test
        void messageFromAMarkdownFile_withTemplates() throws IOException {
            Path file = dir.resolve("Message.MD");
            Files.writeString(file, "# Hi {username}\nSerial: {serialnumber}", StandardCharsets.UTF_8);

            assertThat(cli("--message", file.toString()).message()).isEqualTo("# Hi alex\nSerial: C02XYZ");
            assertThat(json("{\"message\": \"" + file + "\"}").message()).isEqualTo("# Hi alex\nSerial: C02XYZ");
        }

        @Test
        void messageFromAMissingFile_showsTheError() {
            String path = dir.resolve("gone.md").toString();

            assertThat(cli("--message", path).message()).isEqualTo("Could not read " + path + ": no such file");
            assertThat(warnings).containsExactly("--message: could not read " + path + ": no such file");
        }

        @Test
        void messageFont() {
            assertThat(cli("--messagefont", "size=14,colour=blue,name=Helvetica,weight=bold")
                            .messageStyle())
                    .isEqualTo(TextStyle.defaults()
                            .withSize(14f)
                            .withColour(Colour.parse("blue").orElseThrow())
                            .withFontName("Helvetica")
                            .withWeight(FontWeight.BOLD));
            assertThat(json("{\"messagefont\": {\"size\": 14}}").messageStyle().size())
                    .isEqualTo(14f);
        }

        @Test
        void messageAlignment_andItsAlias() {
            assertThat(cli("--messagealignment", "centre").messageAlignment()).isEqualTo(Alignment.CENTRE);
            assertThat(cli("--alignment", "right").messageAlignment()).isEqualTo(Alignment.RIGHT);
            assertThat(json("{\"messagealignment\": \"center\"}").messageAlignment())
                    .isEqualTo(Alignment.CENTRE);
            assertThat(cli("--title", "T").messageAlignment()).isEqualTo(Alignment.LEFT);
            assertThat(cli("--alignment", "justify").messageAlignment()).isEqualTo(Alignment.LEFT);
            assertThat(warnings)
                    .containsExactly("--messagealignment \"justify\" is not left, centre or right; ignored");
        }

        @Test
        void messagePosition() {
            assertThat(cli("--messageposition", "bottom").messagePosition()).isEqualTo(VerticalPosition.BOTTOM);
            assertThat(json("{\"messageposition\": \"centre\"}").messagePosition())
                    .isEqualTo(VerticalPosition.CENTRE);
        }
    }

    @Nested
    class IconBannerAndInfo {
        @Test
        void defaultIcon() {
            IconSpec icon = cli("--title", "T").icon();

            assertThat(icon).isEqualTo(IconSpec.defaults());
            assertThat(icon.visible()).isTrue();
        }

        @Test
        void iconSources() {
            assertThat(cli("--icon", "info").icon().icon()).isEqualTo(new ImageRef.Builtin("info"));
            assertThat(cli("-i", "/Library/Logo.png").icon().icon())
                    .isEqualTo(new ImageRef.FilePath("/Library/Logo.png"));
            assertThat(cli("--icon", "https://example.com/i.png").icon().icon())
                    .isEqualTo(new ImageRef.Url("https://example.com/i.png"));
            assertThat(json("{\"icon\": \"SF=lock.fill,colour=red\"}").icon().icon())
                    .isEqualTo(ImageRef.parse("SF=lock.fill,colour=red"));
        }

        @Test
        void iconNoneOrEmpty_hidesIt() {
            assertThat(cli("--icon", "none").icon().visible()).isFalse();
            assertThat(cli("--icon", "").icon().visible()).isFalse();
        }

        @Test
        void severalIcons_theFirstIsShown() {
            assertThat(cli("--icon", "info", "--icon", "caution").icon().icon())
                    .isEqualTo(new ImageRef.Builtin("info"));
            assertThat(warnings).containsExactly("--icon given 2 times; escrow-bootstrap shows only the first");
        }

        @Test
        void jsonIconsList() {
            assertThat(json("{\"icons\": [{\"icon\": \"warning\"}]}").icon().icon())
                    .isEqualTo(new ImageRef.Builtin("warning"));
        }

        @Test
        void darkVariant_isDropped() {
            assertThat(cli("--icon", "/a.png:dark=/b.png").icon().icon()).isEqualTo(new ImageRef.FilePath("/a.png"));
            assertThat(warnings)
                    .containsExactly("--icon: a dark-mode variant (:dark=) is not supported; the first image is used");
        }

        @Test
        void qrCodeIcon_andOverlay_areQrCodesOfTheirText() {
            // dan-snelson/swiftDialog_demos 03_icons.zsh
            DialogSpec spec = cli("--icon", "qr=https://github.com/swiftDialog/swiftDialog", "--overlayicon", "QR=x");

            assertThat(spec.icon().icon()).isEqualTo(new ImageRef.QrCode("https://github.com/swiftDialog/swiftDialog"));
            assertThat(spec.icon().overlay()).isEqualTo(new ImageRef.QrCode("x"));
            assertThat(warnings).isEmpty();
        }

        @Test
        void badSymbolColour_warns() {
            cli("--icon", "SF=lock,colour=redd");

            assertThat(warnings)
                    .containsExactly("--icon: unknown colour \"redd\" (use #RRGGBB or a name such as red, blue or"
                            + " white); transparent instead");
        }

        @Test
        void overlayIcon() {
            assertThat(cli("--overlayicon", "caution").icon().overlay()).isEqualTo(new ImageRef.Builtin("caution"));
            assertThat(json("{\"overlayicon\": \"SF=checkmark.circle.fill,colour=green\"}")
                            .icon()
                            .overlay())
                    .isEqualTo(ImageRef.parse("SF=checkmark.circle.fill,colour=green"));
            assertThat(cli("-y", "/x.png").icon().overlay()).isEqualTo(new ImageRef.FilePath("/x.png"));
        }

        @Test
        void iconSize() {
            assertThat(cli("--iconsize", "200").icon().size()).isEqualTo(200);
            assertThat(json("{\"iconsize\": 64}").icon().size()).isEqualTo(64);
        }

        @Test
        void badIconSize_warns() {
            assertThat(json("{\"iconsize\": -3}").icon().size()).isEqualTo(150);
            assertThat(cli("--iconsize", "big").icon().size()).isEqualTo(150);
            assertThat(warnings).containsExactly("--iconsize \"big\" is not a size in points; the default 150 is used");
        }

        @Test
        void hideIcon() {
            assertThat(cli("--hideicon").icon().visible()).isFalse();
            assertThat(cli("-h").icon().hidden()).isTrue();
            assertThat(json("{\"hideicon\": true}").icon().hidden()).isTrue();
        }

        @Test
        void centreIcon_bothSpellings() {
            assertThat(cli("--centreicon").icon().centred()).isTrue();
            assertThat(cli("--centericon").icon().centred()).isTrue();
            assertThat(json("{\"centreicon\": true}").icon().centred()).isTrue();
        }

        @Test
        void iconAltText() {
            assertThat(cli("--iconalttext", "Company logo").icon().altText()).isEqualTo("Company logo");
            assertThat(cli("--title", "T").icon().altText()).isEqualTo("Dialog Icon");
        }

        @Test
        void bannerImage_hidesTheDefaultIcon() {
            DialogSpec spec = cli("--bannerimage", "/Library/banner.png");

            assertThat(spec.banner()).isEqualTo(new ImageRef.FilePath("/Library/banner.png"));
            assertThat(spec.icon().visible()).isFalse();
            assertThat(cli("-n", "/b.png", "--icon", "default").icon().visible())
                    .isFalse();
        }

        @Test
        void bannerImage_keepsAnExplicitIcon() {
            assertThat(cli("--bannerimage", "/b.png", "--icon", "caution")
                            .icon()
                            .visible())
                    .isTrue();
            assertThat(json("{\"bannerimage\": \"/b.png\", \"icon\": \"/logo.png\"}")
                            .icon()
                            .visible())
                    .isTrue();
        }

        @Test
        void bannerFills() {
            assertThat(cli("--bannerimage", "colour=#0A84FF").banner())
                    .isEqualTo(new ImageRef.Fill(List.of(Colour.rgb(0x0A84FF)), true, 0));
            assertThat(json("{\"bannerimage\": \"gradient=red,blue:angle=90\"}").banner())
                    .isEqualTo(new ImageRef.Fill(
                            List.of(
                                    Colour.parse("red").orElseThrow(),
                                    Colour.parse("blue").orElseThrow()),
                            true,
                            90));
        }

        @Test
        void bannerFillWithABadColour_warns() {
            cli("--bannerimage", "colour=#0A84F");

            assertThat(warnings)
                    .containsExactly("--bannerimage: unknown colour \"#0A84F\" (use #RRGGBB or a name such as red,"
                            + " blue or white); transparent instead");
        }

        @Test
        void bannerTitle_withText_isTheTitle_inWhite() {
            DialogSpec spec = cli("--bannerimage", "colour=blue", "--title", "Old", "--bannertitle", "Welcome");

            assertThat(spec.bannerTitle()).isTrue();
            assertThat(spec.title()).isEqualTo("Welcome");
            assertThat(spec.titleStyle().colour()).isEqualTo(WHITE);
            assertThat(spec.hasTitleArea()).isFalse();
        }

        @Test
        void bannerTitle_bare_drawsTheTitleOverTheBanner() {
            DialogSpec spec = cli("--bannerimage", "colour=blue", "--title", "Hello", "--bannertitle");

            assertThat(spec.bannerTitle()).isTrue();
            assertThat(spec.title()).isEqualTo("Hello");
        }

        @Test
        void bannerText_isTheSameOption() {
            assertThat(cli("-n", "colour=blue", "--bannertext", "Hi").title()).isEqualTo("Hi");
            assertThat(json("{\"bannerimage\": \"colour=blue\", \"bannertext\": \"Hi\"}")
                            .bannerTitle())
                    .isTrue();
        }

        @Test
        void bannerTitle_titleFontColourWins() {
            DialogSpec spec = cli("-n", "colour=blue", "--bannertitle", "Hi", "--titlefont", "colour=black");

            assertThat(spec.titleStyle().colour())
                    .isEqualTo(Colour.parse("black").orElseThrow());
        }

        @Test
        void bannerTitle_withoutBanner_isAnOrdinaryTitle() {
            DialogSpec spec = cli("--bannertitle", "Hi");

            assertThat(spec.bannerTitle()).isFalse();
            assertThat(spec.title()).isEqualTo("Hi");
            assertThat(spec.titleStyle().colour()).isNull();
            assertThat(warnings)
                    .containsExactly("--bannertitle without --bannerimage: the title is shown in the usual place");
        }

        @Test
        void bannerHeight() {
            assertThat(cli("-n", "/b.png", "--bannerheight", "120").bannerHeight())
                    .isEqualTo(120);
            assertThat(json("{\"bannerheight\": 110}").bannerHeight()).isEqualTo(110);
            assertThat(cli("--bannerheight", "tall").bannerHeight()).isZero();
            assertThat(warnings)
                    .containsExactly("--bannerheight \"tall\" is not a height from 0 to 1000 points; ignored");
        }

        @Test
        void infoBox() throws IOException {
            assertThat(cli("--infobox", "**Computer:** {computername}").infoBox())
                    .isEqualTo("**Computer:** Alex's Mac");
            Path file = dir.resolve("info.md");
            Files.writeString(file, "Serial {serialnumber}");
            assertThat(json("{\"infobox\": \"" + file + "\"}").infoBox()).isEqualTo("Serial C02XYZ");
        }

        @Test
        void infoText() {
            assertThat(cli("--infotext", "IT Help 555-0100").buttons().infoText())
                    .isEqualTo("IT Help 555-0100");
            assertThat(cli("--infotext").buttons().infoText()).isEqualTo("escrow-bootstrap dev");
            assertThat(json("{\"infotext\": \"v2\"}").buttons().infoText()).isEqualTo("v2");
            assertThat(cli("--title", "T").buttons().infoText()).isNull();
        }
    }

    @Nested
    class ButtonsOptions {
        @Test
        void defaults_okOnly() {
            assertThat(cli("--title", "T").buttons()).isEqualTo(Buttons.ok());
        }

        @Test
        void button1Text() {
            assertThat(cli("--button1text", "Submit").buttons().button1Text()).isEqualTo("Submit");
            assertThat(json("{\"button1text\": \"Submit\"}").buttons().button1Text())
                    .isEqualTo("Submit");
        }

        @Test
        void button1TextNoneOrEmpty_hidesButton1() {
            assertThat(cli("--button1text", "none").buttons().hasButton1()).isFalse();
            assertThat(cli("--button1text", "").buttons().hasButton1()).isFalse();
        }

        @Test
        void button1Disabled() {
            assertThat(cli("--button1disabled").buttons().button1Disabled()).isTrue();
            assertThat(json("{\"button1disabled\": true}").buttons().button1Disabled())
                    .isTrue();
        }

        @Test
        void button2Disabled_startsButton2Disabled() {
            assertThat(cli("--button2text", "Later", "--button2disabled")
                            .buttons()
                            .button2Disabled())
                    .isTrue();
            assertThat(json("{\"button2text\": \"Later\", \"button2disabled\": true}")
                            .buttons()
                            .button2Disabled())
                    .isTrue();
            assertThat(cli("--button2text", "Later").buttons().button2Disabled())
                    .isFalse();
        }

        @Test
        void button2() {
            assertThat(cli("--button2").buttons().button2Text()).isEqualTo("Cancel");
            assertThat(cli("-2").buttons().button2Text()).isEqualTo("Cancel");
            assertThat(cli("--button2text", "Later").buttons().button2Text()).isEqualTo("Later");
            assertThat(json("{\"button2text\": \"Later\"}").buttons().button2Text())
                    .isEqualTo("Later");
            assertThat(json("{\"button2\": true}").buttons().button2Text()).isEqualTo("Cancel");
            assertThat(cli("--title", "T").buttons().hasButton2()).isFalse();
        }

        @Test
        void infoButton() {
            Buttons buttons = cli(
                            "--infobuttontext",
                            "Help",
                            "--infobuttonaction",
                            "https://help.example.com",
                            "--quitoninfo")
                    .buttons();

            assertThat(buttons.infoButtonText()).isEqualTo("Help");
            assertThat(buttons.infoButtonAction()).isEqualTo("https://help.example.com");
            assertThat(buttons.quitOnInfo()).isTrue();
            assertThat(cli("--infobutton").buttons().infoButtonText()).isEqualTo("More Information");
            assertThat(cli("-3").buttons().hasInfoButton()).isTrue();
            assertThat(json("{\"infobuttontext\": \"Help\"}").buttons().infoButtonText())
                    .isEqualTo("Help");
        }

        @Test
        void infoButtonActionWithoutButton_warns() {
            assertThat(cli("--infobuttonaction", "https://x").buttons().hasInfoButton())
                    .isFalse();
            assertThat(warnings)
                    .containsExactly(
                            "--infobuttonaction and --quitoninfo do nothing without --infobutton or --infobuttontext");
        }
    }

    @Nested
    class TextFields {
        @Test
        void fromTheCommandLine() {
            DialogSpec spec =
                    cli("--textfield", "Name", "--textfield", "Password,secure,required,prompt=Your password");

            assertThat(spec.fields())
                    .containsExactly(
                            TextFieldSpec.plain("Name"),
                            new TextFieldSpec("Password", null, true, true, "Your password", null, null, null, false));
        }

        @Test
        void fromJson() {
            DialogSpec spec = json("{\"textfield\": [{\"title\": \"Password\", \"secure\": true}]}");

            assertThat(spec.fields())
                    .containsExactly(new TextFieldSpec("Password", null, true, false, null, null, null, null, false));
        }

        @Test
        void jsonTextFieldsReplaceTheCommandLines() {
            DialogSpec spec = json("{\"textfield\": [\"From JSON\"]}", "--textfield", "From CLI");

            assertThat(spec.fields()).containsExactly(TextFieldSpec.plain("From JSON"));
        }

        @Test
        void templatesApplyToCommandLineFields_notToJsonObjects() {
            assertThat(cli("--textfield", "Serial,value={serialnumber}")
                            .fields()
                            .get(0)
                            .value())
                    .isEqualTo("C02XYZ");
            assertThat(json("{\"textfield\": [{\"title\": \"Serial\", \"value\": \"{serialnumber}\"}]}")
                            .fields()
                            .get(0)
                            .value())
                    .isEqualTo("{serialnumber}");
        }

        @Test
        void emptyTextFieldOption_isSkipped() {
            assertThat(cli("--textfield", "", "--textfield", "Name").fields())
                    .containsExactly(TextFieldSpec.plain("Name"));
        }

        @Test
        void liveValidation() {
            assertThat(cli("--textfieldlivevalidation").liveValidation()).isTrue();
            assertThat(json("{\"textfieldlivevalidation\": true}").liveValidation())
                    .isTrue();
            assertThat(cli("--title", "T").liveValidation()).isFalse();
        }
    }

    @Nested
    class TimerAndProgress {
        @Test
        void timer() {
            assertThat(cli("--timer", "30").timer()).isEqualTo(new TimerSpec(30, false));
            assertThat(cli("--timer").timer()).isEqualTo(new TimerSpec(10, false));
            assertThat(json("{\"timer\": 60}").timer()).isEqualTo(new TimerSpec(60, false));
            assertThat(cli("--title", "T").timer()).isNull();
        }

        @Test
        void badTimer_warnsAndUsesTen() {
            assertThat(cli("--timer", "x").timer()).isEqualTo(new TimerSpec(10, false));
            assertThat(warnings).containsExactly("--timer \"x\" is not a number of seconds; 10 is used");
            assertThat(json("{\"timer\": 0}").timer()).isEqualTo(new TimerSpec(10, false));
        }

        @Test
        void hideTimerBar() {
            assertThat(cli("--timer", "5", "--hidetimerbar").timer()).isEqualTo(new TimerSpec(5, true));
            assertThat(json("{\"timer\": 5, \"hidetimerbar\": true}").timer()).isEqualTo(new TimerSpec(5, true));
            assertThat(cli("--hidetimerbar").timer()).isNull();
            assertThat(warnings).containsExactly("--hidetimerbar does nothing without --timer");
        }

        @Test
        void progress() {
            assertThat(cli("--progress", "5", "--progresstext", "Step one").progress())
                    .isEqualTo(new ProgressSpec(5, 0, true, false, "Step one"));
            assertThat(cli("--progress").progress()).isEqualTo(ProgressSpec.busy(null));
            assertThat(cli("--progress", "0").progress()).isEqualTo(ProgressSpec.busy(null));
            assertThat(cli("--progress", "12.5").progress().total()).isEqualTo(12.5);
            assertThat(json("{\"progress\": 3, \"progresstext\": \"Go\"}").progress())
                    .isEqualTo(new ProgressSpec(3, 0, true, false, "Go"));
        }

        @Test
        void progressTextAlone_warns() {
            assertThat(cli("--progresstext", "x").progress()).isNull();
            assertThat(warnings).containsExactly("--progresstext does nothing without --progress");
        }
    }

    @Nested
    class Output {
        @Test
        void jsonAndAlwaysReturnInput() {
            assertThat(cli("--json", "--alwaysreturninput"))
                    .extracting(DialogSpec::jsonOutput, DialogSpec::alwaysReturnInput)
                    .containsExactly(true, true);
            assertThat(cli("-j").jsonOutput()).isTrue();
            assertThat(json("{\"json\": true, \"alwaysreturninput\": true}"))
                    .extracting(DialogSpec::jsonOutput, DialogSpec::alwaysReturnInput)
                    .containsExactly(true, true);
            assertThat(cli("--title", "T"))
                    .extracting(DialogSpec::jsonOutput, DialogSpec::alwaysReturnInput)
                    .containsExactly(false, false);
        }
    }

    @Nested
    class Precedence {
        @Test
        void jsonWinsOverTheCommandLine_perOption() {
            DialogSpec spec = json("{\"title\": \"JSON\"}", "--title", "CLI", "--message", "CLI message");

            assertThat(spec.title()).isEqualTo("JSON");
            assertThat(spec.message()).isEqualTo("CLI message");
        }

        @Test
        void jsonFalseSwitchesACommandLineFlagOff() {
            assertThat(json("{\"moveable\": false}", "--moveable").window().moveable())
                    .isFalse();
        }

        @Test
        void jsonTrueForAValueOption_dropsTheCommandLineValueToo() {
            DialogSpec spec = json("{\"button1text\": true}", "--button1text", "Go");

            assertThat(spec.buttons().button1Text()).isEqualTo("OK");
        }

        @Test
        void templatesApplyToJsonStrings() {
            assertThat(json("{\"title\": \"Mac {serialnumber} of {username}\"}").title())
                    .isEqualTo("Mac C02XYZ of alex");
        }

        @Test
        void templates_unknownNamesStay_markupApplies() {
            DialogSpec spec = cli("--title", "{nosuch} {serialnumber}", "--message", "a<br>b<hr>c");

            assertThat(spec.title()).isEqualTo("{nosuch} C02XYZ");
            assertThat(spec.message()).isEqualTo("a  \nb\n\n---\n\nc");
        }

        @Test
        void templatesApplyToFontObjects_never() {
            assertThat(json("{\"titlefont\": {\"name\": \"{username}\"}}")
                            .titleStyle()
                            .fontName())
                    .isEqualTo("{username}");
            assertThat(cli("--titlefont", "name={username}").titleStyle().fontName())
                    .isEqualTo("alex");
        }
    }
}
