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
    private JPanel column;
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
            buttons = new ButtonBar(spec.buttons(), spec.timer(), words, false, spec.buttonLook());
            FullScreenLayout layout = new FullScreenLayout(spec, images, this.size, links, words, buttons);
            message = layout.message;
            list = null;
            fields = null;
            choices = null;
            helpImage = null;
            add(layout.body, BorderLayout.CENTER);
            return;
        }
        if (spec.presentation()) {
            buttons = new ButtonBar(
                    spec.buttons(), spec.timer(), words, spec.help().present(), spec.buttonLook());
            PresentationLayout layout =
                    new PresentationLayout(spec, images, text, this.size, links, words, progressSlot, buttons);
            message = layout.message;
            list = layout.list;
            fields = null;
            choices = null;
            helpImage = helpImage(spec, images);
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
        IconSpec icon = spec.icon();
        boolean iconInColumn = icon.visible() && !icon.centred();
        boolean infoBox = spec.infoBox() != null && !spec.infoBox().isBlank();
        boolean leftColumn = iconInColumn || infoBox;
        int columnWidth = infoBox ? Math.max(150, icon.size()) : icon.size();
        Insets insets = spec.hasBanner()
                ? Look.insets("insets", new Insets(17, 25, 15, 16))
                : Look.insets("insets.noBanner", new Insets(12, 25, 15, 16));
        int columnGap = Look.size("columnGap", 23) + icon.size() / 10;
        String columns = leftColumn ? "[" + columnWidth + "!]" + columnGap + "[grow, fill]" : "[grow, fill]";
        JPanel body = new JPanel(new MigLayout(
                "insets " + insets.top + " " + insets.left + " " + insets.bottom + " " + insets.right
                        + ", gap 0, fill, hidemode 3",
                columns,
                // Only the middle row gives way when the window is short: the title and the buttons keep their size.
                (spec.hasTitleArea() ? "[pref!]" : "") + "[0:pref, grow, fill][pref!]"));
        body.setName("body");
        body.setOpaque(false);
        if (spec.hasTitleArea()) {
            body.add(new TitleArea(spec), "span, growx, wrap, gapbottom " + Look.size("title.gapBelow", 8));
        }
        if (leftColumn) {
            column = new JPanel(new MigLayout(
                    "insets 0, gap 0, wrap 1, hidemode 3", "[" + columnWidth + "!, left]", "[][grow, top]"));
            column.setName("iconColumn");
            column.setOpaque(false);
            if (iconInColumn) {
                column.add(iconView(icon, images, words));
            }
            if (infoBox) {
                int gap = iconInColumn ? Look.size("infoBox.topGap", 11) : 0;
                JComponent box = InfoBox.create(columnWidth, text.infoBox(spec), links);
                box.getAccessibleContext().setAccessibleName(words.get("name.information"));
                column.add(box, "gaptop " + gap + ", top");
            }
            body.add(column, "growy, top, hmin 0");
        }
        JPanel right = new MainColumn(new MigLayout("insets 0, gap 0, wrap 1, fill, hidemode 3", "[grow, fill]"));
        right.setName("mainColumn");
        right.setOpaque(false);
        if (icon.visible() && icon.centred()) {
            right.add(
                    iconView(icon, images, words),
                    "center, growx 0, gapbottom " + Look.size("icon.gapBelowCentred", 8));
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
                        words);
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
        body.add(right, "grow, hmin 0, wrap");
        if (spec.progress() != null) {
            setProgress(spec.progress());
        }
        buttons = new ButtonBar(spec.buttons(), spec.timer(), words, spec.help().present(), spec.buttonLook());
        helpImage = helpImage(spec, images);
        body.add(buttons, "span, growx, gaptop " + Look.size("buttons.topGap", 6));
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

    /** The icon, named in the screen's language unless the spec names it. */
    private static IconView iconView(IconSpec icon, ScreenImages images, UiWords words) {
        IconView view = new IconView(icon, images.icon, images.overlay);
        if (icon.altText().equals(IconSpec.defaults().altText())) {
            view.getAccessibleContext().setAccessibleName(words.get("name.icon"));
        }
        return view;
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
        return want;
    }

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

    /** How much taller the message and the icon column would like to be than they are. */
    int missingHeight() {
        return Math.max(messageMissing(), columnMissing());
    }

    /** How much of the message is out of view, to scroll to. */
    int messageMissing() {
        if (message == null) {
            return 0;
        }
        JViewport port = message.getViewport();
        return port.getView().getPreferredSize().height - port.getHeight();
    }

    /** How much of the icon column (the info box at its foot) is cut off. */
    int columnMissing() {
        return column == null ? 0 : column.getPreferredSize().height - column.getHeight();
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

    /** The list panel, or null when the screen has no list on show. */
    ListPanel listPanel() {
        return list;
    }

    /**
     * The main column. With a list the message keeps its own height, which depends on its width, and MigLayout asks
     * for that height before the message has its final width and then keeps the answer: once the widths are set, the
     * message is asked again, so the list never covers its last line.
     */
    private final class MainColumn extends JPanel {
        MainColumn(MigLayout layout) {
            super(layout);
        }

        @Override
        public void doLayout() {
            super.doLayout();
            if (message != null && list != null && message.getPreferredSize().height != message.getHeight()) {
                ((MigLayout) getLayout()).invalidateLayout(this);
                super.doLayout();
            }
        }
    }

    /** Shows or changes the progress bar and its line, adding them when the screen had none. */
    void setProgress(ProgressSpec update) {
        if (progress == null) {
            progress = new ProgressPanel(update);
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
