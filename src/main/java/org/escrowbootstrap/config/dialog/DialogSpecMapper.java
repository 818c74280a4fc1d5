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
import org.escrowbootstrap.model.Choices;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.HelpSpec;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListSpec;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.Templates;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.VerticalPosition;

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
    private final OptionReader options;

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
        this.options = new OptionReader(args, warnings);
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
                .window(WindowOptions.read(options, small ? 0.75 : args.flag(BIG) ? 1.25 : 1.0))
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
                .buttons(ButtonOptions.buttons(options, version))
                .buttonLook(ButtonOptions.look(options))
                .timer(ProgressOptions.timer(options))
                .progress(ProgressOptions.progress(options))
                .list(ProgressOptions.list(options))
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

    private <T> Optional<T> keyword(DialogOption option, Function<String, Optional<T>> parse, String expected) {
        return options.keyword(option, parse, expected);
    }

    private Optional<String> nonBlank(DialogOption option) {
        return options.nonBlank(option);
    }
}
