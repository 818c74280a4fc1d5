package org.escrowbootstrap.config.dialog;

import static org.escrowbootstrap.config.dialog.DialogOption.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.config.dialog.DialogArguments.Fields;
import org.escrowbootstrap.config.dialog.DialogArguments.Pairs;
import org.escrowbootstrap.config.dialog.DialogArguments.Value;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.ButtonLook;
import org.escrowbootstrap.model.ButtonSymbol;
import org.escrowbootstrap.model.ButtonSymbols;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.Choices;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ControlSize;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.HelpSpec;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.Templates;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.TimerSpec;
import org.escrowbootstrap.model.VerticalPosition;
import org.escrowbootstrap.model.WindowButtons;
import org.escrowbootstrap.model.WindowPosition;
import org.escrowbootstrap.model.WindowSpec;

/**
 * Gives the parsed options their swiftDialog meaning and builds the {@link DialogSpec}.
 *
 * <p>A value that makes no sense ({@code --width abc}) adds a warning and leaves swiftDialog's default, so the
 * dialog still appears. Files and URLs are read only for a message or info box ending in {@code .md}.
 */
final class DialogSpecMapper {

    static final int SMALL_ICON_SIZE = 120;

    private final DialogArguments args;
    private final MarkdownSource markdown;
    private final TemplateVariables variables;
    private final String version;
    private final List<String> warnings;

    private DialogSpecMapper(
            DialogArguments args,
            MarkdownSource markdown,
            TemplateVariables variables,
            String version,
            List<String> warnings) {
        this.args = args;
        this.markdown = markdown;
        this.variables = variables;
        this.version = version;
        this.warnings = warnings;
    }

    /** Builds the spec; {@code variables} fill placeholders in {@code .md} files read here. */
    static DialogSpec map(
            DialogArguments args,
            MarkdownSource markdown,
            TemplateVariables variables,
            String version,
            List<String> warnings) {
        return new DialogSpecMapper(args, markdown, variables, version, warnings).map();
    }

    private DialogSpec map() {
        DialogSpec spec = build();
        if (spec.fullScreen()) {
            return fullScreen(spec);
        }
        if (spec.presentation() && (!spec.fields().isEmpty() || !spec.choices().isEmpty())) {
            // swiftDialog's presentation is for output only and draws no inputs: say so rather than drop them quietly
            warnings.add("--presentation shows no text fields, selects or check boxes; they are left out");
            return spec.toBuilder().fields(List.of()).choices(Choices.none()).build();
        }
        return spec;
    }

    /** swiftDialog's full-screen view draws neither inputs nor a list or progress bar, nor the blurred backdrop. */
    private DialogSpec fullScreen(DialogSpec spec) {
        if (!spec.fields().isEmpty() || !spec.choices().isEmpty() || spec.list().visible()) {
            warnings.add("--fullscreen shows no text fields, selects, check boxes or list; they are left out");
        }
        return spec.toBuilder()
                .fields(List.of())
                .choices(Choices.none())
                .list(ListSpec.none())
                .progress(null)
                .presentation(false)
                .window(spec.window().withBlurScreen(false).withPlacement(false, false))
                .build();
    }

    private DialogSpec build() {
        boolean small = args.flag(SMALL);
        if (small && args.flag(BIG)) {
            warnings.add("--small and --big both given; --small counts");
        }
        ImageRef banner = image(BANNERIMAGE).orElse(ImageRef.none());
        boolean bannerTitle = args.has(BANNERTITLE);
        if (bannerTitle && banner.isNone()) {
            warnings.add("--bannertitle without --bannerimage: the title is shown in the usual place");
            bannerTitle = false;
        }
        TextStyle titleBase =
                bannerTitle ? TextStyle.defaults().withColour(Colour.rgb(0xFFFFFF)) : TextStyle.defaults();
        return DialogSpec.builder()
                .window(window(small ? 0.75 : args.flag(BIG) ? 1.25 : 1.0))
                .title(title())
                .subtitle(nonBlank(SUBTITLE).orElse(null))
                .titleStyle(font(TITLEFONT, titleBase, FontSyntax.Target.TITLE))
                .banner(banner)
                .bannerTitle(bannerTitle)
                .bannerHeight(bannerHeight())
                .message(markdownText(MESSAGE))
                .messageStyle(font(MESSAGEFONT, TextStyle.defaults(), FontSyntax.Target.MESSAGE))
                .messageAlignment(keyword(MESSAGEALIGNMENT, Alignment::parse, "left, centre or right")
                        .orElse(Alignment.LEFT))
                .messagePosition(keyword(MESSAGEPOSITION, VerticalPosition::parse, "top, centre or bottom")
                        .orElse(VerticalPosition.TOP))
                .icon(icon(small, banner))
                .infoBox(markdownText(INFOBOX))
                .fields(fields())
                .liveValidation(args.flag(TEXTFIELDLIVEVALIDATION))
                .buttons(buttons())
                .buttonLook(new ButtonLook(
                        keyword(BUTTONSTYLE, DialogSpecMapper::arrangement, "center, centre or stack")
                                .orElse(ButtonLook.Arrangement.DEFAULT),
                        keyword(BUTTONSIZE, ControlSize::parse, "mini, small, regular or large")
                                .orElse(ControlSize.REGULAR),
                        new ButtonSymbols(
                                buttonSymbol(BUTTON1SYMBOL),
                                buttonSymbol(BUTTON2SYMBOL),
                                buttonSymbol(INFOBUTTONSYMBOL))))
                .timer(timer())
                .progress(progress())
                .list(list())
                .choices(ChoicesOptions.read(args, warnings))
                .help(new HelpSpec(
                        markdownText(HELPMESSAGE),
                        helpImage(),
                        nonBlank(HELPSHEETBUTTONTEXT).orElse(null)))
                .viewOrder(ContentOptions.viewOrder(args, warnings))
                .images(ContentOptions.pictures(args, warnings))
                .presentation(args.flag(PRESENTATION))
                .watermark(WatermarkOptions.read(args, warnings))
                .fullScreen(args.flag(FULLSCREEN))
                .eula(args.flag(EULA))
                .jsonOutput(args.flag(JSON))
                .alwaysReturnInput(args.flag(ALWAYSRETURNINPUT))
                .build();
    }

    private WindowSpec window(double scale) {
        Size width = size(WIDTH, WindowSpec.DEFAULT_WIDTH);
        Size height = size(HEIGHT, WindowSpec.DEFAULT_HEIGHT);
        WindowPosition position = keyword(
                        POSITION, WindowPosition::parse, "a position keyword such as topright, or x,y")
                .orElse(null);
        WindowSpec.Appearance appearance = keyword(APPEARANCE, DialogSpecMapper::appearance, "dark or light")
                .orElse(WindowSpec.Appearance.SYSTEM);
        char quitKey = 'q';
        Optional<String> key = nonBlank(QUITKEY);
        if (key.isPresent() && key.get().length() == 1) {
            quitKey = key.get().charAt(0);
        } else if (key.isPresent()) {
            warnings.add("--quitkey \"" + key.get() + "\" is not one character; q is the quit key");
        }
        return new WindowSpec(
                width.points(),
                width.percent(),
                height.points(),
                height.percent(),
                scale,
                position,
                args.flag(MOVEABLE),
                args.flag(ONTOP),
                appearance,
                quitKey,
                args.flag(BLURSCREEN),
                windowButtons());
    }

    /** {@code --windowbuttons}: all three alone, or those its comma list names (others in the list are ignored). */
    private WindowButtons windowButtons() {
        Optional<String> text = args.text(WINDOWBUTTONS);
        if (text.isEmpty()) {
            return WindowButtons.none();
        }
        if (text.get().isBlank()) {
            return WindowButtons.all();
        }
        boolean close = false;
        boolean min = false;
        boolean max = false;
        for (String word : text.get().split(",")) {
            switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "close" -> close = true;
                case "min" -> min = true;
                case "max" -> max = true;
                default -> warnings.add("--windowbuttons: \"" + word.strip() + "\" is not close, min or max; ignored");
            }
        }
        return new WindowButtons(close, min, max);
    }

    private record Size(int points, boolean percent) {}

    private Size size(DialogOption option, int fallback) {
        Optional<String> text = nonBlank(option);
        if (text.isEmpty()) {
            return new Size(fallback, false);
        }
        String value = text.get().strip();
        boolean percent = value.endsWith("%");
        Optional<Integer> number = NumberText.parseRounded(percent ? value.substring(0, value.length() - 1) : value);
        if (number.isEmpty() || number.get() <= 0 || (percent && number.get() > 100)) {
            warnings.add(option.display() + " \"" + value + "\" is not a size (points, or a percentage up to 100%);"
                    + " the default " + fallback + " is used");
            return new Size(fallback, false);
        }
        return new Size(number.get(), percent);
    }

    private static Optional<WindowSpec.Appearance> appearance(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "dark" -> Optional.of(WindowSpec.Appearance.DARK);
            case "light" -> Optional.of(WindowSpec.Appearance.LIGHT);
            default -> Optional.empty();
        };
    }

    /** The title: a text for the banner replaces it; none or empty hides it; not given is an empty title strip. */
    private String title() {
        Optional<String> bannerText = nonBlank(BANNERTITLE);
        Optional<String> title = bannerText.isPresent() ? bannerText : args.text(TITLE);
        if (title.isEmpty()) {
            return "";
        }
        return title.get().isEmpty() || title.get().equals("none") ? null : title.get();
    }

    private TextStyle font(DialogOption option, TextStyle base, FontSyntax.Target target) {
        Optional<Value> value = args.get(option);
        if (value.isPresent() && value.get() instanceof Pairs pairs) {
            return FontSyntax.apply(pairs.pairs(), base, target, warnings);
        }
        return nonBlank(option)
                .map(spec -> FontSyntax.apply(FontSyntax.pairs(spec), base, target, warnings))
                .orElse(base);
    }

    private int bannerHeight() {
        Optional<String> text = nonBlank(BANNERHEIGHT);
        if (text.isEmpty()) {
            return 0;
        }
        Optional<Integer> height = NumberText.parseRounded(text.get()).filter(h -> h >= 0 && h <= 1000);
        if (height.isEmpty()) {
            warnings.add("--bannerheight \"" + text.get() + "\" is not a height from 0 to 1000 points; ignored");
        }
        return height.orElse(0);
    }

    /** A message or info box: Markdown, or a {@code .md} file or URL to read it from. */
    private String markdownText(DialogOption option) {
        Optional<String> value = args.text(option);
        if (value.isEmpty() || value.get().isBlank() || value.get().equals("none")) {
            return null;
        }
        if (MarkdownSource.isMarkdownLocation(value.get())) {
            return Templates.apply(markdown.load(value.get(), option.display(), warnings), variables);
        }
        return value.get();
    }

    private IconSpec icon(boolean small, ImageRef banner) {
        List<String> sources = args.texts(ICON);
        if (sources.size() > 1) {
            warnings.add("--icon given " + sources.size() + " times; escrow-bootstrap shows only the first");
        }
        ImageRef icon = new ImageRef.Builtin("default");
        if (!sources.isEmpty()) {
            String source = sources.get(0).isBlank() ? "none" : withoutDarkVariant(sources.get(0));
            icon = checked(ICON, source);
        }
        // A type test, not equals(): a record's first equals() costs a method-handle bootstrap at start-up.
        boolean explicit = !icon.isNone()
                && !(icon instanceof ImageRef.Builtin builtin && builtin.name().equals("default"));
        int fallbackSize = small ? SMALL_ICON_SIZE : IconSpec.DEFAULT_SIZE;
        int size = fallbackSize;
        Optional<String> sizeText = nonBlank(ICONSIZE);
        if (sizeText.isPresent()) {
            Optional<Integer> parsed = NumberText.parseRounded(sizeText.get()).filter(s -> s > 0 && s <= 2000);
            if (parsed.isEmpty()) {
                warnings.add("--iconsize \"" + sizeText.get() + "\" is not a size in points; the default "
                        + fallbackSize + " is used");
            }
            size = parsed.orElse(fallbackSize);
        }
        // swiftDialog: a banner hides the default icon; an icon named explicitly stays.
        boolean hidden = args.flag(HIDEICON) || (!banner.isNone() && !explicit);
        return new IconSpec(
                icon,
                image(OVERLAYICON).orElse(ImageRef.none()),
                size,
                hidden,
                args.flag(CENTREICON),
                nonBlank(ICONALTTEXT).orElse(null),
                iconAlpha());
    }

    private double iconAlpha() {
        Optional<String> text = nonBlank(ICONALPHA);
        if (text.isEmpty()) {
            return 1;
        }
        Optional<Double> alpha = NumberText.parse(text.get()).filter(a -> a >= 0 && a <= 1);
        if (alpha.isEmpty()) {
            warnings.add("--iconalpha \"" + text.get() + "\" is not an opacity from 0 to 1; the icon is opaque");
        }
        return alpha.orElse(1.0);
    }

    private String withoutDarkVariant(String source) {
        int dark = source.toLowerCase(Locale.ROOT).indexOf(":dark=");
        if (dark < 0) {
            return source;
        }
        warnings.add("--icon: a dark-mode variant (:dark=) is not supported; the first image is used");
        return source.substring(0, dark);
    }

    private ButtonSymbol buttonSymbol(DialogOption option) {
        return nonBlank(option)
                .flatMap(spec -> ButtonSymbolSyntax.parse(option.display(), spec, warnings))
                .orElse(null);
    }

    private Optional<ImageRef> image(DialogOption option) {
        return nonBlank(option).map(source -> checked(option, source));
    }

    private ImageRef checked(DialogOption option, String source) {
        for (String bad : ColourCheck.badColours(source)) {
            warnings.add(option.display() + ": " + ColourCheck.describeBad(bad) + "; transparent instead");
        }
        return ImageRef.parse(source);
    }

    private List<TextFieldSpec> fields() {
        Optional<Value> value = args.get(TEXTFIELD);
        List<TextFieldSpec> fields = new ArrayList<>();
        if (value.isPresent() && value.get() instanceof Fields json) {
            fields.addAll(json.fields());
        } else {
            for (String spec : args.texts(TEXTFIELD)) {
                if (!spec.isEmpty()) { // "--textfield" without a value was already reported
                    fields.add(TextFieldSyntax.parse(spec, warnings));
                }
            }
        }
        for (TextFieldSpec field : fields) {
            if (field.regex() != null && field.pattern().isEmpty()) {
                // as in swiftDialog, such a field never passes once filled in: say so now, not at the user's desk
                warnings.add("text field \"" + field.title() + "\": the regex \"" + field.regex()
                        + "\" does not compile, so any value typed fails it");
            }
        }
        return fields;
    }

    private ImageRef helpImage() {
        Optional<ImageRef> image = image(HELPIMAGE);
        if (image.isPresent() && nonBlank(HELPMESSAGE).isEmpty()) {
            warnings.add("--helpimage does nothing without --helpmessage");
        }
        return image.orElse(ImageRef.none());
    }

    private Buttons buttons() {
        String button1 = Buttons.DEFAULT_BUTTON1;
        Optional<String> button1Text = args.text(BUTTON1TEXT);
        if (button1Text.isPresent()) {
            boolean hide = button1Text.get().isEmpty() || button1Text.get().equals("none");
            button1 = hide ? null : button1Text.get();
        }
        String button2 = labelOrDefault(BUTTON2TEXT, BUTTON2, Buttons.DEFAULT_BUTTON2);
        String info = labelOrDefault(INFOBUTTONTEXT, INFOBUTTON, Buttons.DEFAULT_INFO_BUTTON);
        String action = nonBlank(INFOBUTTONACTION).orElse(null);
        if (info == null && (action != null || args.flag(QUITONINFO))) {
            warnings.add("--infobuttonaction and --quitoninfo do nothing without --infobutton or --infobuttontext");
        }
        String infoText = args.text(INFOTEXT)
                .map(text -> text.isEmpty() ? "escrow-bootstrap " + version : text)
                .orElse(null);
        return new Buttons(
                button1,
                args.flag(BUTTON1DISABLED),
                button2,
                info,
                action,
                args.flag(QUITONINFO),
                infoText,
                args.flag(BUTTON2DISABLED));
    }

    private String labelOrDefault(DialogOption label, DialogOption flag, String fallback) {
        Optional<String> text = args.text(label);
        if (text.isPresent()) {
            return text.get().isEmpty() ? fallback : text.get();
        }
        return args.flag(flag) ? fallback : null;
    }

    private TimerSpec timer() {
        Optional<String> text = args.text(TIMER);
        boolean hideBar = args.flag(HIDETIMERBAR);
        if (text.isEmpty()) {
            if (hideBar) {
                warnings.add("--hidetimerbar does nothing without --timer");
            }
            return null;
        }
        int seconds = TimerSpec.DEFAULT_SECONDS;
        if (!text.get().isBlank()) {
            Optional<Integer> parsed = NumberText.parseRounded(text.get()).filter(s -> s >= 1);
            if (parsed.isEmpty()) {
                warnings.add("--timer \"" + text.get() + "\" is not a number of seconds; " + TimerSpec.DEFAULT_SECONDS
                        + " is used");
            }
            seconds = parsed.orElse(TimerSpec.DEFAULT_SECONDS);
        }
        return new TimerSpec(seconds, hideBar);
    }

    private ProgressSpec progress() {
        Optional<String> steps = args.text(PROGRESS);
        Optional<String> text = nonBlank(PROGRESSTEXT);
        if (steps.isEmpty() && args.flag(PRESENTATION)) {
            // swiftDialog's presentation always has its bar, busy until the command file gives it a value
            return new ProgressSpec(ProgressSpec.DEFAULT_TOTAL, 0, true, false, text.orElse(null));
        }
        if (steps.isEmpty()) {
            if (text.isPresent()) {
                warnings.add("--progresstext does nothing without --progress");
            }
            return null;
        }
        double total = ProgressSpec.DEFAULT_TOTAL;
        if (!steps.get().isBlank()) {
            Optional<Double> parsed = NumberText.parse(steps.get()).filter(n -> n >= 0);
            if (parsed.isEmpty()) {
                warnings.add("--progress \"" + steps.get() + "\" is not a number of steps; "
                        + (int) ProgressSpec.DEFAULT_TOTAL + " is used");
            }
            total = parsed.orElse(ProgressSpec.DEFAULT_TOTAL);
        }
        // As swiftDialog's, the bar starts busy: the command file's progress: lines give it a value.
        return new ProgressSpec(total, 0, true, false, text.orElse(null));
    }

    private ListSpec list() {
        List<ListItem> items = new ArrayList<>();
        Optional<Value> value = args.get(LISTITEM);
        if (value.isPresent() && value.get() instanceof DialogArguments.Items json) {
            items.addAll(json.items());
        } else {
            for (String text : args.texts(LISTITEM)) {
                if (!text.isBlank()) {
                    items.add(ListItemSyntax.fromOption(text, warnings));
                }
            }
        }
        return ListSpec.of(items)
                .withSelectable(args.flag(ENABLELISTSELECT))
                .withStyle(keyword(LISTSTYLE, DialogSpecMapper::listStyle, "expanded or compact")
                        .orElse(ListSpec.Style.DEFAULT));
    }

    private static Optional<ButtonLook.Arrangement> arrangement(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "center", "centre" -> Optional.of(ButtonLook.Arrangement.CENTRE);
            case "stack" -> Optional.of(ButtonLook.Arrangement.STACK);
            default -> Optional.empty();
        };
    }

    private static Optional<ListSpec.Style> listStyle(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "compact" -> Optional.of(ListSpec.Style.COMPACT);
            case "expanded" -> Optional.of(ListSpec.Style.EXPANDED);
            default -> Optional.empty();
        };
    }

    /** A keyword option's meaning, or empty (with a warning when a value was given that means nothing). */
    private <T> Optional<T> keyword(DialogOption option, Function<String, Optional<T>> parse, String expected) {
        Optional<String> text = nonBlank(option);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(text.get());
        if (parsed.isEmpty()) {
            warnings.add(option.display() + " \"" + text.get() + "\" is not " + expected + "; ignored");
        }
        return parsed;
    }

    private Optional<String> nonBlank(DialogOption option) {
        return args.text(option).filter(text -> !text.isBlank());
    }
}
