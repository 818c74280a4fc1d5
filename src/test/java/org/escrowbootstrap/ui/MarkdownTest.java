package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void headings_oneAndTwoGetARule() {
        assertThat(Markdown.toHtml("# One\n\n## Two\n\n### Three"))
                .contains("<h1 class=\"ruledtop\">One</h1>")
                .contains("<h2 class=\"ruled\">Two</h2>")
                .contains("<h3>Three</h3>");
    }

    @Test
    void firstBlock_isMarked_soAHeadingKeepsAirAboveIt_andTextStartsFlush() {
        assertThat(Markdown.toHtml("## Two\n\ntext")).startsWith("<h2 class=\"ruledtop\">");
        assertThat(Markdown.toHtml("### Three\n\ntext")).startsWith("<h3 class=\"headtop\">");
        assertThat(Markdown.toHtml("text\n\nmore")).startsWith("<p class=\"top\">text</p>\n<p>more</p>");
    }

    @Test
    void emphasisListsCodeAndStrikethrough_becomeHtml() {
        assertThat(Markdown.toHtml("*a* **b** `c` ~~d~~\n\n- x\n- y\n\n1. z"))
                .contains("<em>a</em>")
                .contains("<strong>b</strong>")
                .contains("<code>c</code>")
                .contains("<del>d</del>")
                .contains("<ul>\n<li>x</li>")
                .contains("<ol>\n<li>z</li>");
    }

    @Test
    void aSingleLineBreak_endsTheLine() {
        assertThat(Markdown.toHtml("one\ntwo")).isEqualTo("<p class=\"top\">one<br>\ntwo</p>\n");
    }

    @Test
    void tables_haveNoCellSpacing() {
        assertThat(Markdown.toHtml("Table:\n\n| a | b |\n|---|---|\n| 1 | 2 |"))
                .contains("<table cellspacing=\"0\" cellpadding=\"4\">")
                .contains("<td>1</td>");
    }

    @Test
    void links_andBareUrls_becomeLinks_butScriptLinksAreDefused() {
        assertThat(Markdown.toHtml("[help](https://example.com/help)"))
                .contains("href=\"https://example.com/help\">help</a>");
        assertThat(Markdown.toHtml("see https://example.com")).contains("href=\"https://example.com\">");
        assertThat(Markdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript:");
        assertThat(Markdown.hasLink("[help](https://example.com)")).isTrue();
        assertThat(Markdown.hasLink("plain")).isFalse();
    }

    @Test
    void rawHtml_isShownAsText() {
        assertThat(Markdown.toHtml("<b>bold</b> <script>x</script>"))
                .contains("&lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void images_becomeTheirAltText_soNothingIsFetched() {
        assertThat(Markdown.toHtml("![a diagram](https://example.com/d.png)"))
                .contains("<span class=\"image\">a diagram</span>")
                .doesNotContain("<img");
    }

    @Test
    void thematicBreak_isAThinRule() {
        assertThat(Markdown.toHtml("a\n\n---\n\nb"))
                .contains("<div class=\"rule\"></div>")
                .doesNotContain("<hr");
    }

    @Test
    void nothing_isEmpty() {
        assertThat(Markdown.toHtml(null)).isEmpty();
        assertThat(Markdown.toHtml("  ")).isEmpty();
    }
}
