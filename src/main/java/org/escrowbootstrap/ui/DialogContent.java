package org.escrowbootstrap.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Insets;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.InputSection;
import org.escrowbootstrap.model.ProgressSpec;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * Everything one screen shows, composed from one component per region: banner, title area, icon column with the
 * info box, message, fields, progress and the button bar.
 *
 * <p>The window shows it and the PNG renderer paints it: both see exactly the same component.
 */
final class DialogContent extends JPanel {

    private DialogSpec spec;
    private final Dimension size;
    private final MessagePane message;
    private final FieldsPanel fields;
    private final ChoicesPanel choices;
    private final CompletableFuture<Artwork> helpImage;
    private final ButtonBar buttons;
    private IconColumn column;
    private final JPanel body;
    private final TitleArea titleArea;
    private final MiddleBand middle;
    private final CompletableFuture<Artwork> watermark;

    /** Points of a last line's leading that may go unseen: growing a window for them would only shift it. */
    static final int FIT_SLACK = 2;

    private final JPanel progressSlot = new JPanel(new BorderLayout());
    private final ListPanel list;
    private ProgressPanel progress;

    DialogContent(DialogSpec spec, ScreenImages images, Dimension size, Consumer<URI> links) {
        this(spec, images, ScreenText.onDemand(), size, links);
    }

    /** The screen, with its texts parsed ahead by {@code text}. */
    DialogContent(DialogSpec spec, ScreenImages images, ScreenText text, Dimension size, Consumer<URI> links) {
        super(new BorderLayout());
        this.spec = spec;
        this.size = new Dimension(size);
        setName("dialogContent");
        setOpaque(true);
        setBackground(Look.background());
        // swiftDialog's presentation takes a --background colour for its panel and its full screen draws none
        watermark = spec.watermark().present() && !spec.fullScreen() && !spec.presentation()
                ? images.watermark
                : CompletableFuture.completedFuture(null);
        watermark.thenRun(() -> SwingUtilities.invokeLater(this::repaint));
        UiWords words = UiWords.of(spec.language());
        if (spec.fullScreen()) {
            buttons = new ButtonBar(spec.buttons(), spec.timer(), words, false, spec.buttonLook(), size.width);
            FullScreenLayout layout = new FullScreenLayout(spec, images, this.size, links, words, buttons);
            message = layout.message;
            list = null;
            fields = null;
            choices = null;
            helpImage = null;
            body = layout.body;
            titleArea = null;
            middle = null; // nor has the full screen: it is the screen's size
            add(layout.body, BorderLayout.CENTER);
            return;
        }
        if (spec.presentation()) {
            buttons = new ButtonBar(
                    spec.buttons(), spec.timer(), words, spec.help().present(), spec.buttonLook(), size.width);
            PresentationLayout layout =
                    new PresentationLayout(spec, images, text, this.size, links, words, progressSlot, buttons);
            message = layout.message;
            list = layout.list;
            fields = null;
            choices = null;
            helpImage = helpImage(spec, images);
            body = layout.body;
            titleArea = null;
            middle = null; // the presentation layout has no scrolling band: it is sized to the window
            add(layout.body, BorderLayout.CENTER);
            if (spec.progress() != null) {
                setProgress(spec.progress());
            }
            return;
        }
        if (spec.hasBanner()) {
            BannerPanel banner = new BannerPanel(spec, images.banner, size.width);
            if (!spec.bannerTitle()) {
                banner.getAccessibleContext().setAccessibleName(words.get("name.banner"));
            }
            add(banner, BorderLayout.NORTH);
        }
        Insets insets = spec.hasBanner()
                ? Look.insets("insets", new Insets(17, 25, 15, 16))
                : Look.insets("insets.noBanner", new Insets(12, 25, 15, 16));
        int room = size.width - insets.left - insets.right;
        IconSpec icon = spec.icon();
        IconColumn.Sizing sizing = IconColumn.Sizing.of(spec, room);
        boolean leftColumn = sizing.shown();
        int columnWidth = sizing.width();
        int columnGap = sizing.gap();
        String columns = leftColumn ? "[" + columnWidth + "!]" + columnGap + "[grow, fill]" : "[grow, fill]";
        // a title wraps to the body's width, which it learns only after MigLayout asked its height
        body = new SettlingPanel(
                new MigLayout(
                        "insets " + insets.top + " " + insets.left + " " + insets.bottom + " " + insets.right
                                + ", gap 0, fill, hidemode 3",
                        "[grow, fill]",
                        // Only the middle row gives way when the window is short: the title and the buttons keep their
                        // size.
                        (spec.hasTitleArea() ? "[pref!]" : "") + "[0:pref, grow, fill][pref!]"),
                this::titleArea);
        body.setName("body");
        body.setOpaque(false);
        if (spec.hasTitleArea()) {
            titleArea = new TitleArea(spec, room);
            body.add(titleArea, "growx, wrap, gapbottom " + Look.size("title.gapBelow", 8));
        } else {
            titleArea = null;
        }
        middle = new MiddleBand(columns);
        if (leftColumn) {
            column = new IconColumn(spec, sizing, images, text, links, words);
            middle.add(column, "growy, top");
        }
        // With a list the message keeps its own height, which depends on its width: asked again once that is set,
        // so the list never covers its last line.
        JPanel right = new SettlingPanel(
                new MigLayout("insets 0, gap 0, wrap 1, fill, hidemode 3", "[grow, fill]"),
                () -> listPanel() != null ? message() : null);
        right.setName("mainColumn");
        right.setOpaque(false);
        if (icon.visible() && icon.centred()) {
            right.add(
                    IconColumn.iconView(icon, sizing.iconSide(), images, words),
                    "center, growx 0, hmin pref, gapbottom " + Look.size("icon.gapBelowCentred", 8));
        }
        int messageGap = Look.size("message.topGap", 10);
        boolean withList = spec.list().visible();
        boolean withImages = !spec.shownImages().isEmpty();
        if (withImages) {
            // swiftDialog shows the images above the message; they take the room the message does not need
            right.add(new ImageCarousel(spec.shownImages(), images), "grow, push, hmin 60, gaptop " + messageGap);
        }
        if (spec.message() != null && !spec.message().isBlank()) {
            message = new MessagePane(spec, text.message(spec), links);
            message.text().getAccessibleContext().setAccessibleName(words.get("name.message"));
            // With a list the list takes the room to spare and the message only its own; without, the message.
            right.add(message, (withList || withImages ? "growx, hmin pref" : "grow, push") + ", gaptop " + messageGap);
        } else if (withList || withImages) {
            message = null;
        } else {
            message = null;
            JPanel space = new JPanel(null);
            space.setName("messageSpace");
            space.setOpaque(false);
            right.add(space, "grow, push");
        }
        list = withList ? new ListPanel(spec, images) : null;
        float messageSize =
                spec.messageStyle().size() != null ? spec.messageStyle().size() : Look.size("message.size", 20);
        float labelSize = messageSize < 20 ? messageSize : messageSize - 4;
        choices = spec.choices().isEmpty()
                ? null
                : new ChoicesPanel(
                        spec.choices(),
                        images,
                        labelSize,
                        spec.fields().stream().anyMatch(TextFieldSpec::required),
                        words,
                        room - (leftColumn ? columnWidth + columnGap : 0));
        fields = spec.fields().isEmpty()
                ? null
                : new FieldsPanel(spec.fields(), labelSize, spec.liveValidation(), words);
        int gap = Look.size("fields.topGap", 8);
        for (InputSection section : spec.viewOrder()) {
            switch (section) {
                case LIST -> addIfAny(right, list, "grow, push, hmin 0, gaptop " + Look.size("list.topGap", 8));
                case TEXT_FIELDS -> addIfAny(right, fields, "growx, gaptop " + gap);
                    // wmin 0: a long label is elided rather than widening the column past the window's edge
                case CHECKBOXES -> addIfAny(
                        right, choices == null ? null : choices.checkboxPanel(), "growx, wmin 0, gaptop " + gap);
                case RADIO_GROUPS -> addIfAny(
                        right, choices == null ? null : choices.radioPanel(), "growx, wmin 0, gaptop " + gap);
                case MENUS -> addIfAny(
                        right, choices == null ? null : choices.menuPanel(), "growx, wmin 0, gaptop " + gap);
            }
        }
        if (choices != null) {
            right.add(choices, "growx, wmin 0"); // what is wrong with the selects, after button 1
        }
        // The progress bar sits under the message, in the main column, so the icon column (and a long info box)
        // keeps its full height down to the buttons.
        progressSlot.setName("progressSlot");
        progressSlot.setOpaque(false);
        right.add(progressSlot, "growx");
        middle.add(right, "grow");
        body.add(middle.inScrollPane(), "grow, hmin 0, wrap");
        middle.followFocus();
        if (spec.progress() != null) {
            setProgress(spec.progress());
        }
        buttons = new ButtonBar(spec.buttons(), spec.timer(), words, spec.help().present(), spec.buttonLook(), room);
        helpImage = helpImage(spec, images);
        body.add(buttons, "growx, gaptop " + Look.size("buttons.topGap", 6));
        add(body, BorderLayout.CENTER);
    }

    /** The background, then the {@code --background} picture over it and under every part of the screen. */
    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        WatermarkPainter.paint(g, spec.watermark(), watermark.getNow(null), getWidth(), getHeight());
    }

    /** Loaded in the background now, so the help sheet has it when the user asks; null without one. */
    private static CompletableFuture<Artwork> helpImage(DialogSpec spec, ScreenImages images) {
        return spec.help().present() && !spec.help().image().isNone()
                ? images.listIcon(spec.help().image())
                : null;
    }

    private static void addIfAny(JPanel column, JComponent part, String constraints) {
        if (part != null) {
            column.add(part, constraints);
        }
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension want = new Dimension(size);
        if (choices != null) {
            // Selects and check boxes are never cut off: the window grows to hold them (up to twice its height),
            // as swiftDialog's does when its inputs need more room than --height gives.
            want.height = Math.max(size.height, Math.min(super.getPreferredSize().height, size.height * 2));
        }
        // The banner, the title and the buttons never shrink: a window too short for them and a few lines of what
        // scrolls between them grows to hold them.
        if (middle != null) {
            int least = getMinimumSize().height + Math.min(LEAST_MIDDLE, middle.getPreferredSize().height);
            want.height = Math.max(want.height, least);
        }
        return want;
    }

    /** The room kept for the middle band between the title and the buttons, when it wants as much. */
    private static final int LEAST_MIDDLE = MiddleBand.UNMEASURED_HEIGHT;

    /**
     * Makes the screen taller, up to {@code maxHeight}, until the message needs no scrolling and the icon column
     * (the info box) is not cut, when the spec asks for it ({@link DialogSpec#growToFit()}): a translation runs
     * longer than the English the window was sized for. Wrapping depends on the width alone, which stays, so a
     * pass or two settle it.
     */
    void growToFit(int maxHeight) {
        if (!spec.growToFit()) {
            return;
        }
        for (int pass = 0; pass < 3 && size.height < maxHeight; pass++) {
            layOut();
            int missing = missingHeight();
            if (missing <= FIT_SLACK) {
                return;
            }
            size.height = Math.min(maxHeight, size.height + missing);
        }
    }

    /** How much taller the message, the icon column and the band holding both would like to be than they are. */
    int missingHeight() {
        return Math.max(Math.max(messageMissing(), columnMissing()), middleMissing());
    }

    /** How much of the band between the title and the buttons is out of view, to scroll to. */
    int middleMissing() {
        return middle != null && middle.getParent() instanceof JViewport port
                ? middle.getHeight() - port.getHeight()
                : 0;
    }

    /** How much of the message is out of view, to scroll to. */
    int messageMissing() {
        if (message == null) {
            return 0;
        }
        JViewport port = message.getViewport();
        return port.getView().getPreferredSize().height - port.getHeight();
    }

    /** How much of the icon column (the info box at its foot) is cut off, or drawn smaller (the icon). */
    int columnMissing() {
        return column == null ? 0 : column.missing();
    }

    /** How much of the info box is cut off: the icon above it may paint smaller, the box's text may not shrink. */
    int infoBoxMissing() {
        return column == null ? 0 : column.infoBoxMissing();
    }

    /** Lays the tree out at the screen's size without a window: twice, as wrapped text knows its height late. */
    private void layOut() {
        setSize(size);
        for (int pass = 0; pass < 2; pass++) {
            layOut(this);
        }
    }

    private static void layOut(Component component) {
        if (component instanceof Container container) {
            container.doLayout();
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }

    DialogSpec spec() {
        return spec;
    }

    /** Records that live updates changed this screen in place to show {@code next}. */
    void updateSpec(DialogSpec next) {
        spec = next;
    }

    MessagePane message() {
        return message;
    }

    FieldsPanel fields() {
        return fields;
    }

    /** The help sheet's picture, or null when there is none or it cannot be read (already reported). */
    Artwork helpImage() {
        if (helpImage == null) {
            return null;
        }
        try {
            return helpImage.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The selects and check boxes, or null when the screen has none. */
    ChoicesPanel choices() {
        return choices;
    }

    ButtonBar buttons() {
        return buttons;
    }

    ProgressPanel progress() {
        return progress;
    }

    /** The title, subtitle and divider, or null when the screen has no title area. */
    TitleArea titleArea() {
        return titleArea;
    }

    /** The list panel, or null when the screen has no list on show. */
    ListPanel listPanel() {
        return list;
    }

    /** Shows or changes the progress bar and its line, adding them when the screen had none. */
    void setProgress(ProgressSpec update) {
        if (progress == null) {
            progress = new ProgressPanel(update, UiWords.of(spec.language()));
            Insets around = Look.insets("progress.insets", new Insets(10, 0, 4, 0));
            progressSlot.setBorder(
                    BorderFactory.createEmptyBorder(around.top, around.left, around.bottom, around.right));
            progressSlot.add(progress, BorderLayout.CENTER);
            progressSlot.revalidate();
        } else {
            progress.update(update);
        }
        if (progressSlot.isVisible() == update.hidden()) {
            progressSlot.setVisible(!update.hidden()); // hidemode 3: a hidden bar leaves no gap
            progressSlot.revalidate();
        }
    }
}
