package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProseTest {

    private static Prose prose(String markdown) {
        return Prose.of(Markdown.parse(markdown)).orElseThrow();
    }

    @Test
    void keepsParagraphsHeadingsAndTheStyleOfEachRun() {
        Prose prose = prose("### Done\n\nThe **token** is *now* ~~not~~ stored.");

        assertThat(prose.blocks()).extracting(Prose.Block::level).containsExactly(3, 0);
        assertThat(prose.blocks().get(1).runs())
                .containsExactly(
                        new Prose.Run("The ", false, false, false),
                        new Prose.Run("token", true, false, false),
                        new Prose.Run(" is ", false, false, false),
                        new Prose.Run("now", false, true, false),
                        new Prose.Run(" ", false, false, false),
                        new Prose.Run("not", false, false, true),
                        new Prose.Run(" stored.", false, false, false));
    }

    @Test
    void aSingleLineBreakEndsALine_asSwiftDialogShowsAMessageWrittenWithNewlines() {
        Prose prose = prose("**System Info**\n\nApple M3 Pro\nK7WQ3XN9LP  \nmacOS 15.3.1");

        assertThat(prose.blocks().get(1).text()).isEqualTo("Apple M3 Pro\nK7WQ3XN9LP\nmacOS 15.3.1");
        assertThat(prose.plainText()).isEqualTo("System Info\nApple M3 Pro\nK7WQ3XN9LP\nmacOS 15.3.1");
    }

    @Test
    void whiteSpaceShowsAsOneSpace_asHtmlShowsIt_evenAcrossStyles() {
        Prose prose = prose("Spaces    between\twords *then*   **bold**   after.");

        assertThat(prose.plainText()).isEqualTo("Spaces between words then bold after.");
    }

    @Test
    void emptyTextIsProseWithNothingInIt() {
        assertThat(prose("").blocks()).isEmpty();
        assertThat(Prose.of(Markdown.parse(null)))
                .get()
                .extracting(Prose::blocks)
                .isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Read [the guide](https://example.com).",
                "Visit https://example.com today.",
                "Mention `E42`.",
                "```\ncode\n```",
                "- one\n- two",
                "1. one",
                "> quoted",
                "| a | b |\n|---|---|\n| 1 | 2 |",
                "above\n\n---\n\nbelow",
                "![logo](logo.png)",
                "<b>raw</b> HTML"
            })
    void anythingBeyondProseIsLeftToTheHtmlView(String markdown) {
        assertThat(Prose.of(Markdown.parse(markdown))).isEmpty();
    }
}
