package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.List;

/** A step-by-step builder of a {@link DialogSpec}; unset parts take the defaults of swiftDialog. */
public final class DialogSpecBuilder {
    private WindowSpec window = WindowSpec.defaults();
    private String title;
    private String subtitle;
    private TextStyle titleStyle = TextStyle.defaults();
    private ImageRef banner = ImageRef.none();
    private boolean bannerTitle;
    private int bannerHeight;
    private String message;
    private TextStyle messageStyle = TextStyle.defaults();
    private Alignment messageAlignment = Alignment.LEFT;
    private VerticalPosition messagePosition = VerticalPosition.TOP;
    private IconSpec icon = IconSpec.defaults();
    private String infoBox;
    private final List<TextFieldSpec> fields = new ArrayList<>();
    private boolean liveValidation;
    private Buttons buttons = Buttons.ok();
    private ButtonLook buttonLook = ButtonLook.defaults();
    private TimerSpec timer;
    private ProgressSpec progress;
    private ListSpec list = ListSpec.none();
    private Choices choices = Choices.none();
    private HelpSpec help = HelpSpec.none();
    private List<InputSection> viewOrder = InputSection.DEFAULT_ORDER;
    private List<Picture> images = List.of();
    private boolean imagesHidden;
    private boolean presentation;
    private Watermark watermark = Watermark.none();
    private boolean fullScreen;
    private boolean eula;
    private boolean jsonOutput;
    private boolean alwaysReturnInput;
    private boolean growToFit;
    private String language;

    DialogSpecBuilder() {
        title = "";
    }

    DialogSpecBuilder(DialogSpec s) {
        window = s.window();
        title = s.title();
        subtitle = s.subtitle();
        titleStyle = s.titleStyle();
        banner = s.banner();
        bannerTitle = s.bannerTitle();
        bannerHeight = s.bannerHeight();
        message = s.message();
        messageStyle = s.messageStyle();
        messageAlignment = s.messageAlignment();
        messagePosition = s.messagePosition();
        icon = s.icon();
        infoBox = s.infoBox();
        fields.addAll(s.fields());
        liveValidation = s.liveValidation();
        buttons = s.buttons();
        buttonLook = s.buttonLook();
        timer = s.timer();
        progress = s.progress();
        list = s.list();
        choices = s.choices();
        help = s.help();
        viewOrder = s.viewOrder();
        images = s.images();
        imagesHidden = s.imagesHidden();
        presentation = s.presentation();
        watermark = s.watermark();
        fullScreen = s.fullScreen();
        eula = s.eula();
        jsonOutput = s.jsonOutput();
        alwaysReturnInput = s.alwaysReturnInput();
        growToFit = s.growToFit();
        language = s.language();
    }

    public DialogSpecBuilder window(WindowSpec value) {
        window = value;
        return this;
    }

    public DialogSpecBuilder title(String value) {
        title = value;
        return this;
    }

    public DialogSpecBuilder subtitle(String value) {
        subtitle = value;
        return this;
    }

    public DialogSpecBuilder titleStyle(TextStyle value) {
        titleStyle = value;
        return this;
    }

    public DialogSpecBuilder banner(ImageRef value) {
        banner = value;
        return this;
    }

    public DialogSpecBuilder bannerTitle(boolean value) {
        bannerTitle = value;
        return this;
    }

    public DialogSpecBuilder bannerHeight(int value) {
        bannerHeight = value;
        return this;
    }

    public DialogSpecBuilder message(String value) {
        message = value;
        return this;
    }

    public DialogSpecBuilder messageStyle(TextStyle value) {
        messageStyle = value;
        return this;
    }

    public DialogSpecBuilder messageAlignment(Alignment value) {
        messageAlignment = value;
        return this;
    }

    public DialogSpecBuilder messagePosition(VerticalPosition value) {
        messagePosition = value;
        return this;
    }

    public DialogSpecBuilder icon(IconSpec value) {
        icon = value;
        return this;
    }

    public DialogSpecBuilder infoBox(String value) {
        infoBox = value;
        return this;
    }

    public DialogSpecBuilder fields(List<TextFieldSpec> value) {
        fields.clear();
        fields.addAll(value);
        return this;
    }

    public DialogSpecBuilder field(TextFieldSpec value) {
        fields.add(value);
        return this;
    }

    public DialogSpecBuilder liveValidation(boolean value) {
        liveValidation = value;
        return this;
    }

    public DialogSpecBuilder buttons(Buttons value) {
        buttons = value;
        return this;
    }

    public DialogSpecBuilder buttonLook(ButtonLook value) {
        buttonLook = value;
        return this;
    }

    public DialogSpecBuilder timer(TimerSpec value) {
        timer = value;
        return this;
    }

    public DialogSpecBuilder progress(ProgressSpec value) {
        progress = value;
        return this;
    }

    public DialogSpecBuilder list(ListSpec value) {
        list = value;
        return this;
    }

    public DialogSpecBuilder choices(Choices value) {
        choices = value;
        return this;
    }

    public DialogSpecBuilder help(HelpSpec value) {
        help = value;
        return this;
    }

    public DialogSpecBuilder images(List<Picture> value) {
        images = value;
        return this;
    }

    public DialogSpecBuilder imagesHidden(boolean value) {
        imagesHidden = value;
        return this;
    }

    public DialogSpecBuilder presentation(boolean value) {
        presentation = value;
        return this;
    }

    public DialogSpecBuilder watermark(Watermark value) {
        watermark = value;
        return this;
    }

    public DialogSpecBuilder fullScreen(boolean value) {
        fullScreen = value;
        return this;
    }

    public DialogSpecBuilder eula(boolean value) {
        eula = value;
        return this;
    }

    public DialogSpecBuilder viewOrder(List<InputSection> value) {
        viewOrder = value;
        return this;
    }

    public DialogSpecBuilder jsonOutput(boolean value) {
        jsonOutput = value;
        return this;
    }

    public DialogSpecBuilder alwaysReturnInput(boolean value) {
        alwaysReturnInput = value;
        return this;
    }

    public DialogSpecBuilder growToFit(boolean value) {
        growToFit = value;
        return this;
    }

    public DialogSpecBuilder language(String value) {
        language = value;
        return this;
    }

    public DialogSpec build() {
        return new DialogSpec(
                window,
                title,
                subtitle,
                titleStyle,
                banner,
                bannerTitle,
                bannerHeight,
                message,
                messageStyle,
                messageAlignment,
                messagePosition,
                icon,
                infoBox,
                fields,
                liveValidation,
                buttons,
                buttonLook,
                timer,
                progress,
                list,
                choices,
                help,
                images,
                imagesHidden,
                presentation,
                watermark,
                fullScreen,
                eula,
                viewOrder,
                jsonOutput,
                alwaysReturnInput,
                growToFit,
                language);
    }
}
