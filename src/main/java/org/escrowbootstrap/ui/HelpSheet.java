package org.escrowbootstrap.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.net.URI;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.HelpSpec;

/**
 * The help sheet the {@code ?} button opens, laid out as swiftDialog's: an orange question mark on top, the help
 * Markdown, the help image beside it after a divider, and an OK button (Return or Esc) that closes it.
 *
 * <p>It is modal to the dialog, so the dialog's own buttons wait while the user reads; closing it leaves the dialog
 * as it was.
 */
final class HelpSheet {

    static final int TEXT_WIDTH = 420;
    static final int IMAGE_HEIGHT = 160;

    private HelpSheet() {}

    /** Shows the sheet over {@code owner} and returns when the user closes it; {@code image} may be null. */
    static void show(Window owner, HelpSpec help, Artwork image, UiWords words, Consumer<URI> links) {
        JDialog sheet = new JDialog(owner, words.get("name.help"), java.awt.Dialog.ModalityType.DOCUMENT_MODAL);
        sheet.setName("helpSheet");
        sheet.setContentPane(content(help, image, words, links, sheet::dispose));
        sheet.getRootPane().setDefaultButton((JButton) find(sheet.getContentPane(), "helpClose"));
        sheet.getRootPane()
                .getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        sheet.getRootPane().getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                sheet.dispose();
            }
        });
        sheet.pack();
        sheet.setResizable(false);
        sheet.setLocationRelativeTo(owner);
        sheet.setVisible(true);
    }

    /** The sheet's content, apart from any window: the PNG renderer and tests can lay it out too. */
    static JPanel content(HelpSpec help, Artwork image, UiWords words, Consumer<URI> links, Runnable close) {
        JPanel panel = new JPanel(new MigLayout("insets 16 32 16 32, gap 0, wrap 1, hidemode 3", "[center]"));
        panel.setName("helpContent");
        panel.setBackground(Look.background());
        // swiftDialog's mark: a full orange disc with a white question mark
        JLabel mark = new JLabel(new ArtworkIcon(
                Symbols.tinted(
                        "questionmark.circle.fill",
                        Color.WHITE,
                        Look.colour("help.mark", new Color(0xF29D38)),
                        FontWeight.REGULAR),
                32,
                32));
        mark.setName("helpMark");
        panel.add(mark, "gapbottom 16");
        JPanel body = new JPanel(new MigLayout("insets 0, gap 16, hidemode 3", "[left][][center]", "[top]"));
        body.setOpaque(false);
        MarkdownView.Style style = style();
        MarkdownText text = MarkdownView.create(MarkdownView.parse(help.message(), style), style, links);
        text.wrapAt(TEXT_WIDTH);
        JComponent view = text.component();
        view.setName("helpText");
        body.add(view, "wmax " + TEXT_WIDTH);
        if (image != null) {
            body.add(new JSeparator(SwingConstants.VERTICAL), "growy");
            int width = Math.max(1, Math.round(IMAGE_HEIGHT * aspect(image)));
            JLabel picture = new JLabel(new ArtworkIcon(image, width, IMAGE_HEIGHT));
            picture.setName("helpImage");
            body.add(picture);
        }
        panel.add(body, "growx, gapbottom 16");
        // swiftDialog's own "OK" unless the script names the button: ours speaks the screen's language
        JButton ok = new JButton(
                help.buttonText().equals(HelpSpec.DEFAULT_BUTTON) ? words.get("button.ok") : help.buttonText());
        ok.setName("helpClose");
        ok.addActionListener(e -> close.run());
        panel.add(ok);
        panel.setMinimumSize(new Dimension(400, 0));
        return panel;
    }

    private static float aspect(Artwork image) {
        return image.width() <= 0 || image.height() <= 0 ? 1f : (float) (image.width() / image.height());
    }

    private static MarkdownView.Style style() {
        return new MarkdownView.Style(
                Fonts.inter(FontWeight.REGULAR, Look.number("help.size", 14)),
                Look.foreground(),
                Look.colour("link", Look.accent()),
                Look.colour("divider", Color.LIGHT_GRAY),
                Look.colour("code.background", new Color(0xE6E6E3)),
                Look.colour("table.border", Color.LIGHT_GRAY),
                1.27f,
                Alignment.LEFT,
                MarkdownView.GITHUB_HEADINGS,
                0.25f,
                true);
    }

    private static java.awt.Component find(java.awt.Container in, String name) {
        for (java.awt.Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
