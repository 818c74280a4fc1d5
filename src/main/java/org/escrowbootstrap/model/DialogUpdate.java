package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One change to a dialog on screen: a line of swiftDialog's command file ({@code progress: 40}, {@code listitem: …})
 * or a step of the escrow's own progress screen, as data.
 *
 * <p>{@link #applyTo} is a pure fold, {@code spec + update -> spec}: the window, a screenshot and a test all reach
 * the same state from the same lines. A few updates act on the window rather than the screen ({@link Quit},
 * {@link WindowAction}); they leave the spec as it is and the window does what they ask.
 */
public sealed interface DialogUpdate
        permits DialogUpdate.Title,
                DialogUpdate.TitleFont,
                DialogUpdate.Message,
                DialogUpdate.MessageAlignment,
                DialogUpdate.Progress,
                DialogUpdate.ProgressText,
                DialogUpdate.ButtonEnabled,
                DialogUpdate.ButtonText,
                DialogUpdate.ButtonSize,
                DialogUpdate.InfoText,
                DialogUpdate.InfoBox,
                DialogUpdate.HelpMessage,
                DialogUpdate.Icon,
                DialogUpdate.IconCentred,
                DialogUpdate.IconSize,
                DialogUpdate.IconAlpha,
                DialogUpdate.Overlay,
                DialogUpdate.Banner,
                DialogUpdate.BannerTitle,
                DialogUpdate.ListReplace,
                DialogUpdate.ListVisible,
                DialogUpdate.Image,
                DialogUpdate.ImageCaption,
                DialogUpdate.BlurScreen,
                ListItemUpdate,
                DialogUpdate.Size,
                DialogUpdate.Position,
                DialogUpdate.WindowAction,
                DialogUpdate.Quit {

    /** The screen after this update. */
    DialogSpec applyTo(DialogSpec spec);

    /**
     * Why this update cannot do what it asks on {@code spec} (a list index past the end), or null: the fold stays
     * pure and the caller reports the problem once.
     */
    default String problemWith(DialogSpec spec) {
        return null;
    }

    /** {@code title:} */
    record Title(String text) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().title(text).build();
        }
    }

    /**
     * {@code titlefont:}: the parts it names ({@code size= weight= colour= name= shadow=}) change, the others stay.
     *
     * @param changes the named parts; null parts are not named
     * @param shadow the shadow, or null when not named
     */
    record TitleFont(TextStyle changes, Boolean shadow) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            TextStyle now = spec.titleStyle();
            TextStyle next = new TextStyle(
                    changes.size() != null ? changes.size() : now.size(),
                    changes.weight() != null ? changes.weight() : now.weight(),
                    changes.colour() != null ? changes.colour() : now.colour(),
                    changes.fontName() != null ? changes.fontName() : now.fontName(),
                    shadow != null ? shadow : now.shadow(),
                    changes.alignment() != null ? changes.alignment() : now.alignment(),
                    changes.offset() != null ? changes.offset() : now.offset());
            return spec.toBuilder().titleStyle(next).build();
        }
    }

    /**
     * {@code message:}: replaces the message, or with {@code append} adds it after a line break ({@code + text}). As
     * in swiftDialog, a new message takes the place of the pictures above it: they are hidden until {@code image:}.
     */
    record Message(String markdown, boolean append) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            String before = spec.message();
            boolean adds = append && before != null && !before.isEmpty();
            return spec.toBuilder()
                    .message(adds ? before + "  \n" + markdown : markdown)
                    .imagesHidden(true)
                    .build();
        }
    }

    /** {@code alignment:} */
    record MessageAlignment(Alignment alignment) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().messageAlignment(alignment).build();
        }
    }

    /**
     * {@code progress:} in all its forms. A dialog opened without {@code --progress} keeps the bar's state hidden, as
     * swiftDialog does, until {@code progress: show}.
     */
    record Progress(ProgressOp op, double amount) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            ProgressSpec now = spec.progress() != null
                    ? spec.progress()
                    : ProgressSpec.busy(null).withHidden(true);
            ProgressSpec next =
                    switch (op) {
                        case SET -> amount == 0 ? now.asBusy() : now.at(amount);
                        case INCREMENT -> now.at((now.indeterminate() ? 0 : now.value()) + amount);
                        case RESET -> now.asBusy();
                        case COMPLETE -> now.at(now.total());
                        case HIDE -> now.withHidden(true);
                        case SHOW -> now.withHidden(false);
                    };
            return spec.toBuilder().progress(next).build();
        }
    }

    /** What a {@code progress:} line does. */
    enum ProgressOp {
        SET,
        INCREMENT,
        RESET,
        COMPLETE,
        HIDE,
        SHOW
    }

    /** {@code progresstext:} */
    record ProgressText(String text) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            ProgressSpec now = spec.progress() != null
                    ? spec.progress()
                    : ProgressSpec.busy(null).withHidden(true);
            return spec.toBuilder().progress(now.withText(text)).build();
        }
    }

    /** {@code button1:} / {@code button2:} (enable or disable). */
    record ButtonEnabled(int button, boolean enabled) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            Buttons b = spec.buttons();
            return spec.toBuilder()
                    .buttons(button == 1 ? b.withButton1Disabled(!enabled) : b.withButton2Disabled(!enabled))
                    .build();
        }
    }

    /** {@code button1text:} / {@code button2text:}; the label only, a hidden button stays hidden. */
    record ButtonText(int button, String text) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            Buttons b = spec.buttons();
            if (button == 1 && b.hasButton1()) {
                return spec.toBuilder().buttons(b.withButton1(text)).build();
            }
            if (button == 2 && b.hasButton2()) {
                return spec.toBuilder().buttons(b.withButton2(text)).build();
            }
            return spec;
        }
    }

    /** {@code infotext:}; null removes it. */
    record InfoText(String text) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().buttons(spec.buttons().withInfoText(text)).build();
        }
    }

    /** {@code infobox:}: replaces, or appends after a line break. */
    record InfoBox(String markdown, boolean append) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            String before = spec.infoBox();
            boolean adds = append && before != null && !before.isEmpty();
            return spec.toBuilder()
                    .infoBox(adds ? before + "  \n" + markdown : markdown)
                    .build();
        }
    }

    /** {@code buttonsize:} mini, small, regular or large. */
    record ButtonSize(ControlSize size) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().buttonLook(spec.buttonLook().withSize(size)).build();
        }
    }

    /** {@code helpmessage:}: the help the {@code ?} button shows; empty removes the button. The image stays. */
    record HelpMessage(String markdown) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder()
                    .help(new HelpSpec(
                            markdown, spec.help().image(), spec.help().buttonText()))
                    .build();
        }
    }

    /** {@code icon:} with a source (or {@code none}). */
    record Icon(ImageRef icon) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            IconSpec i = spec.icon();
            return spec.toBuilder()
                    .icon(new IconSpec(icon, i.overlay(), i.size(), false, i.centred(), i.altText(), i.alpha()))
                    .build();
        }
    }

    /** {@code icon: centre} / {@code icon: left}. */
    record IconCentred(boolean centred) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            IconSpec i = spec.icon();
            return spec.toBuilder()
                    .icon(new IconSpec(i.icon(), i.overlay(), i.size(), i.hidden(), centred, i.altText(), i.alpha()))
                    .build();
        }
    }

    /** {@code icon: size: N}. */
    record IconSize(int size) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            IconSpec i = spec.icon();
            return spec.toBuilder()
                    .icon(new IconSpec(i.icon(), i.overlay(), size, i.hidden(), i.centred(), i.altText(), i.alpha()))
                    .build();
        }
    }

    /** {@code iconalpha:}: the icon's opacity, 0 to 1. */
    record IconAlpha(double alpha) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().icon(spec.icon().withAlpha(alpha)).build();
        }
    }

    /** {@code overlayicon:} */
    record Overlay(ImageRef overlay) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().icon(spec.icon().withOverlay(overlay)).build();
        }
    }

    /** {@code bannerimage:} */
    record Banner(ImageRef banner) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().banner(banner).build();
        }
    }

    /**
     * {@code bannertext:}: {@code enable} draws the title over the banner, {@code disable} under it, {@code shadow}
     * gives it a shadow, and any other text becomes the title, over the banner.
     *
     * @param over the title over the banner (true), under it (false), or as it was (null)
     * @param text the new title, or null to keep it
     * @param shadow give the title a shadow
     */
    record BannerTitle(Boolean over, String text, boolean shadow) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            DialogSpecBuilder next = spec.toBuilder();
            if (over != null) {
                next.bannerTitle(over);
            }
            if (text != null) {
                next.title(text);
            }
            if (shadow) {
                next.titleStyle(spec.titleStyle().withShadow(true));
            }
            return next.build();
        }
    }

    /** {@code list: a, b, c}: new rows, shown; {@code list: clear} is an empty list. */
    record ListReplace(List<String> titles) implements DialogUpdate {
        public ListReplace {
            titles = List.copyOf(titles);
        }

        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            List<ListItem> rows = titles.stream().map(ListItem::of).toList();
            return spec.toBuilder()
                    .list(spec.list().withItems(rows).withHidden(rows.isEmpty()))
                    .build();
        }
    }

    /** {@code list: show} / {@code list: hide}. */
    record ListVisible(boolean visible) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().list(spec.list().withHidden(!visible)).build();
        }
    }

    /**
     * {@code image:}: {@code show} and {@code hide} the pictures above the message, {@code clear} removes them, and a
     * source adds a picture after the others and shows them all (as swiftDialog, which appends rather than replaces).
     *
     * @param op what the line asks
     * @param image the picture to add, for {@link ImageOp#ADD}; null otherwise
     */
    record Image(ImageOp op, ImageRef image) implements DialogUpdate {
        public Image {
            if ((op == ImageOp.ADD) != (image != null)) {
                throw new IllegalArgumentException("an image source goes with ADD and only with ADD");
            }
        }

        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return switch (op) {
                case SHOW -> spec.toBuilder().imagesHidden(false).build();
                case HIDE -> spec.toBuilder().imagesHidden(true).build();
                case CLEAR -> spec.toBuilder().images(List.of()).build();
                case ADD -> {
                    List<Picture> more = new ArrayList<>(spec.images());
                    more.add(new Picture(image, null));
                    yield spec.toBuilder().images(more).imagesHidden(false).build();
                }
            };
        }
    }

    /** What an {@code image:} line does. */
    enum ImageOp {
        SHOW,
        HIDE,
        CLEAR,
        ADD
    }

    /**
     * {@code imagecaption:}: the captions become this one text, paired with the first picture as {@code
     * --imagecaption} pairs by order; the other pictures lose theirs. Empty removes it.
     */
    record ImageCaption(String text) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            List<Picture> now = spec.images();
            if (now.isEmpty()) {
                return spec;
            }
            List<Picture> next = new ArrayList<>();
            for (int i = 0; i < now.size(); i++) {
                next.add(new Picture(now.get(i).image(), i == 0 ? text : null));
            }
            return spec.toBuilder().images(next).build();
        }

        @Override
        public String problemWith(DialogSpec spec) {
            return spec.images().isEmpty() ? "imagecaption: there is no image to put it under; ignored" : null;
        }
    }

    /** {@code blurscreen: enable} / {@code disable}: the dimmed backdrop over every screen, behind the window. */
    record BlurScreen(boolean on) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec.toBuilder().window(spec.window().withBlurScreen(on)).build();
        }
    }

    /** {@code width:} / {@code height:}; a null side keeps its size. */
    record Size(Integer width, Integer height) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            WindowSpec w = spec.window();
            return spec.toBuilder()
                    .window(new WindowSpec(
                            width != null ? width : w.width(),
                            width != null ? false : w.widthPercent(),
                            height != null ? height : w.height(),
                            height != null ? false : w.heightPercent(),
                            w.scale(),
                            w.position(),
                            w.moveable(),
                            w.onTop(),
                            w.appearance(),
                            w.quitKey(),
                            w.blurScreen(),
                            w.buttons()))
                    .build();
        }
    }

    /** {@code position:} */
    record Position(WindowPosition position) implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            WindowSpec w = spec.window();
            return spec.toBuilder()
                    .window(new WindowSpec(
                            w.width(),
                            w.widthPercent(),
                            w.height(),
                            w.heightPercent(),
                            w.scale(),
                            position,
                            w.moveable(),
                            w.onTop(),
                            w.appearance(),
                            w.quitKey(),
                            w.blurScreen(),
                            w.buttons()))
                    .build();
        }
    }

    /** {@code activate:}, {@code hide:}, {@code show:}: the window, not the screen. */
    record WindowAction(Action action) implements DialogUpdate {
        /** What to do with the window. */
        public enum Action {
            ACTIVATE,
            HIDE,
            SHOW
        }

        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec;
        }
    }

    /** {@code quit:}: the dialog ends with exit 5. */
    record Quit() implements DialogUpdate {
        @Override
        public DialogSpec applyTo(DialogSpec spec) {
            return spec;
        }
    }
}
