package org.escrowbootstrap.config.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColourCheckTest {

    @Test
    void badColours_findsNoneInGoodSources() {
        assertThat(ColourCheck.badColours("SF=person.fill,colour=red,colour2=#00FF00,bgcolour=none"))
                .isEmpty();
        assertThat(ColourCheck.badColours("SF=star,colour=auto")).isEmpty();
        assertThat(ColourCheck.badColours("colour=#0A84FF,nogradient")).isEmpty();
        assertThat(ColourCheck.badColours("gradient=red,blue:angle=45")).isEmpty();
        assertThat(ColourCheck.badColours("/Library/Logo.png")).isEmpty();
        assertThat(ColourCheck.badColours(null)).isEmpty();
        assertThat(ColourCheck.badColours("SF=,")).isEmpty();
    }

    @Test
    void badColours_findsTypos() {
        assertThat(ColourCheck.badColours("SF=person.fill,color=redd,weight=bold"))
                .containsExactly("redd");
        assertThat(ColourCheck.badColours("colour=#GG0000")).containsExactly("#GG0000");
        assertThat(ColourCheck.badColours("gradient=red,bleu,green")).containsExactly("bleu");
        assertThat(ColourCheck.badColours("colour=,")).containsExactly("");
    }

    @Test
    void badColours_readsSymbolModifiersSeparatedBySpaces() {
        assertThat(ColourCheck.badColours("SF=bolt.circle color1=pink color2=blue"))
                .isEmpty();
        assertThat(ColourCheck.badColours("SF=bolt.circle color1=pinkk color2=blue"))
                .containsExactly("pinkk");
    }
}
