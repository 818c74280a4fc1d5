package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.AWTKeyStroke;
import java.awt.Color;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.event.HyperlinkEvent;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownViewTest {

    private final List<URI> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void theme() {
        Theme.install(WindowSpec.Appearance.LIGHT);
    }

    static MarkdownView.Style style(Alignment alignment, float lineHeight) {
        return new MarkdownView.Style(
                Fonts.inter(FontWeight.REGULAR, 20f),
                Color.BLACK,
                Color.BLUE,
                Color.GRAY,
                Color.LIGHT_GRAY,
                Color.GRAY,
                lineHeight,
                alignment,
                MarkdownView.GITHUB_HEADINGS,
                0.25f,
                true);
    }

    /** The view the dialog would make for {@code markdown}: a ProseView for prose, else a MarkdownView. */
    private JComponent view(String markdown) {
        MarkdownView.Style style = style(Alignment.LEFT, 1.2f);
        return GuiActionRunner.execute(
                () -> MarkdownView.create(MarkdownView.parse(markdown, style), style, opened::add)
                        .component());
    }

    private MarkdownView htmlView(String markdown) {
        return (MarkdownView) view(markdown);
    }

    @Test
    void pt_writesOneDecimalRoundedHalfUp() {
        assertThat(MarkdownView.pt(20f)).isEqualTo("20.0pt");
        assertThat(MarkdownView.pt(12.25f)).isEqualTo("12.3pt");
        assertThat(MarkdownView.pt(12.4f)).isEqualTo("12.4pt");
        assertThat(MarkdownView.pt(0.04f)).isEqualTo("0.0pt");
        assertThat(MarkdownView.pt(2.5f)).isEqualTo("2.5pt");
    }

    @Test
    void pt_agreesWithStringFormatOnEverySizeTheStyleSheetUses() {
        for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
            float value = hundredths / 100f * 1.27f;
            assertThat(MarkdownView.pt(value))
                    .as("pt(%s)", value)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.1fpt", value));
        }
    }

    @Test
    void activatedLink_goesToTheLinkOpener() throws Exception {
        MarkdownView view = htmlView("Read [the guide](https://example.com/guide).");
        URL url = new URI("https://example.com/guide").toURL();
        GuiActionRunner.execute(() -> view.fireHyperlinkUpdate(
                new HyperlinkEvent(view, HyperlinkEvent.EventType.ACTIVATED, url, "https://example.com/guide")));
        assertThat(opened).containsExactly(URI.create("https://example.com/guide"));
    }

    @Test
    void hoveringALink_opensNothing() throws Exception {
        MarkdownView view = htmlView("[x](https://example.com)");
        URL url = new URI("https://example.com").toURL();
        GuiActionRunner.execute(() -> view.fireHyperlinkUpdate(
                new HyperlinkEvent(view, HyperlinkEvent.EventType.ENTERED, url, "https://example.com")));
        assertThat(opened).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"## Title\n\nSome **bold** text.", "## Title\n\nSome **bold** text and `code`."})
    void plainText_isWhatAScreenReaderReads_fromEitherView(String markdown) {
        JComponent view = view(markdown);
        assertThat(GuiActionRunner.execute(((MarkdownText) view)::plainText))
                .contains("Title")
                .contains("Some bold text");
        assertThat(GuiActionRunner.execute(() -> view.getAccessibleContext().getAccessibleDescription()))
                .contains("Some bold text");
    }

    @Test
    void proseGetsTheLightView_andAnythingMoreTheHtmlOne() {
        assertThat(view("# Hi\n\nSome *plain* ~~old~~ prose.\nA second line.")).isInstanceOf(ProseView.class);
        assertThat(view("Some `code`.")).isInstanceOf(MarkdownView.class);
        assertThat(view("- a list")).isInstanceOf(MarkdownView.class);
        assertThat(view("[a link](https://example.com)")).isInstanceOf(MarkdownView.class);
    }

    @Test
    void isReadOnly_butTabStillMovesTheFocusOn() {
        MarkdownView view = htmlView("text with `code`");
        assertThat(GuiActionRunner.execute(view::isEditable)).isFalse();
        assertThat(GuiActionRunner.execute(
                        () -> view.getFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS)))
                .contains(AWTKeyStroke.getAWTKeyStroke(KeyEvent.VK_TAB, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " Some `code`."})
    void wrapAt_makesItThatWide_andTallerWhenNarrower_inEitherView(String suffix) {
        String text = "A long line of text that has to wrap when the view is narrow enough to force it." + suffix;
        JComponent wide = view(text);
        JComponent narrow = view(text);
        GuiActionRunner.execute(() -> {
            ((MarkdownText) wide).wrapAt(600);
            ((MarkdownText) narrow).wrapAt(150);
        });
        assertThat(GuiActionRunner.execute(() -> wide.getPreferredSize().width)).isEqualTo(600);
        assertThat(GuiActionRunner.execute(() -> narrow.getPreferredSize().height))
                .isGreaterThan(GuiActionRunner.execute(() -> wide.getPreferredSize().height) * 2);
    }
}
