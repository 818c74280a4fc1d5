package org.escrowbootstrap.model;

import java.util.EnumSet;
import java.util.List;

/**
 * One dialog screen as data: everything a swiftDialog invocation describes, nothing about how Swing draws it.
 *
 * <p>The message, password and result screens of the escrow are specs, not window classes; the UI renders any
 * spec. Build one with {@link #builder()}, or start from a preset and adjust it with {@link #toBuilder()}.
 *
 * @param window size, place and behaviour of the window
 * @param title the title, or null for none ({@code --title none}): no title area and no divider
 * @param subtitle a line under the title, or null
 * @param titleStyle the title's font
 * @param banner a banner image or fill across the top, or {@link ImageRef.None}
 * @param bannerTitle draw the title over the banner instead of under it
 * @param bannerHeight exact banner height in points, or 0 for the image's own (clamped to 100–130)
 * @param message the Markdown message, or null for none
 * @param messageStyle the message's font
 * @param messageAlignment horizontal alignment of the message
 * @param messagePosition vertical placement of the content block
 * @param icon the icon column
 * @param infoBox Markdown under the icon in the left column, or null
 * @param fields text inputs, in order
 * @param liveValidation tint a field with a regex green or red as the user types
 * @param buttons the button bar
 * @param buttonLook how the buttons are arranged and sized
 * @param timer a countdown ending with exit 4, or null
 * @param progress a progress bar, or null
 * @param list list items under the message, or {@link ListSpec#none()}
 * @param choices select lists and check boxes under the text fields
 * @param help what the {@code ?} button shows, or {@link HelpSpec#none()} for no button
 * @param images pictures above the message ({@code --image}), several making a carousel
 * @param imagesHidden the pictures are kept but not shown (the command file's {@code image: hide}, or a new
 *     {@code message:}, which in swiftDialog takes the place of the pictures)
 * @param presentation swiftDialog's presentation layout ({@code --presentation}): no title, a coloured side panel
 *     (or the first picture) on the left third, the message or the list on the right, the progress bar and the
 *     buttons across the foot
 * @param watermark a picture behind the whole content ({@code --background}), or {@link Watermark#none()}
 * @param fullScreen swiftDialog's full-screen view ({@code --fullscreen}): an undecorated window covering the screen,
 *     dark, with the banner, title, icon (or pictures) and message drawn large, no buttons; Return, Esc and the quit
 *     key end it
 * @param eula swiftDialog's licence mode ({@code --eula}): the message is shown as plain monospaced text in a
 *     scrolling box, not as Markdown
 * @param viewOrder the order of the input sections under the message ({@code --vieworder}); every section once
 * @param jsonOutput report the result as one JSON object ({@code --json})
 * @param alwaysReturnInput report the input on every exit, not only exit 0
 * @param growToFit the window grows taller (up to the screen's height) rather than scroll the message or cut the
 *     info box: for texts whose length is not known when the window's size is chosen, such as translations
 * @param language the language of the engine's own words on the screen ("* Required Fields", validation messages,
 *     accessible names), a BCP 47 tag; null for the user's locale
 */
public record DialogSpec(
        WindowSpec window,
        String title,
        String subtitle,
        TextStyle titleStyle,
        ImageRef banner,
        boolean bannerTitle,
        int bannerHeight,
        String message,
        TextStyle messageStyle,
        Alignment messageAlignment,
        VerticalPosition messagePosition,
        IconSpec icon,
        String infoBox,
        List<TextFieldSpec> fields,
        boolean liveValidation,
        Buttons buttons,
        ButtonLook buttonLook,
        TimerSpec timer,
        ProgressSpec progress,
        ListSpec list,
        Choices choices,
        HelpSpec help,
        List<Picture> images,
        boolean imagesHidden,
        boolean presentation,
        Watermark watermark,
        boolean fullScreen,
        boolean eula,
        List<InputSection> viewOrder,
        boolean jsonOutput,
        boolean alwaysReturnInput,
        boolean growToFit,
        String language) {

    public DialogSpec {
        window = window == null ? WindowSpec.defaults() : window;
        titleStyle = titleStyle == null ? TextStyle.defaults() : titleStyle;
        banner = banner == null ? ImageRef.none() : banner;
        messageStyle = messageStyle == null ? TextStyle.defaults() : messageStyle;
        messageAlignment = messageAlignment == null ? Alignment.LEFT : messageAlignment;
        messagePosition = messagePosition == null ? VerticalPosition.TOP : messagePosition;
        icon = icon == null ? IconSpec.defaults() : icon;
        fields = fields == null ? List.of() : List.copyOf(fields);
        buttons = buttons == null ? Buttons.ok() : buttons;
        buttonLook = buttonLook == null ? ButtonLook.defaults() : buttonLook;
        list = list == null ? ListSpec.none() : list;
        choices = choices == null ? Choices.none() : choices;
        help = help == null ? HelpSpec.none() : help;
        images = images == null ? List.of() : List.copyOf(images);
        watermark = watermark == null ? Watermark.none() : watermark;
        viewOrder = viewOrder == null ? InputSection.DEFAULT_ORDER : List.copyOf(viewOrder);
        if (viewOrder.size() != InputSection.values().length
                || EnumSet.copyOf(viewOrder).size()
                        != viewOrder.size()) { // no stream: this runs before the first paint
            throw new IllegalArgumentException("the view order names every section once: " + viewOrder);
        }
        if (bannerHeight < 0 || bannerHeight > 1000) {
            throw new IllegalArgumentException("banner height out of range: " + bannerHeight);
        }
        if (bannerTitle && banner.isNone()) {
            bannerTitle = false; // nothing to draw the title over: it goes back to the title area
        }
    }

    public static DialogSpecBuilder builder() {
        return new DialogSpecBuilder();
    }

    public DialogSpecBuilder toBuilder() {
        return new DialogSpecBuilder(this);
    }

    /** Whether the title area (title, subtitle and divider) is drawn under the banner. */
    public boolean hasTitleArea() {
        return title != null && !bannerTitle;
    }

    /** The pictures on the screen: none while they are hidden. */
    public List<Picture> shownImages() {
        return imagesHidden ? List.of() : images;
    }

    public boolean hasBanner() {
        return !banner.isNone();
    }

    /** Whether the dialog ends only when the program ends it: no buttons, no timer (a progress screen). */
    public boolean waitsForProgram() {
        return !buttons.hasButton1() && !buttons.hasButton2() && !buttons.hasInfoButton() && timer == null;
    }
}
