package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SfSymbolsTest {

    @Test
    void aShippedName_orItsFillTwin_isDrawnAsItself() {
        assertThat(SfSymbols.match("gear")).isEqualTo(new SfSymbols.Match("gear", true));
        assertThat(SfSymbols.match(" Lock ")).isEqualTo(new SfSymbols.Match("lock.fill", true));
        assertThat(SfSymbols.match("trash.fill")).isEqualTo(new SfSymbols.Match("trash", true));
        assertThat(SfSymbols.match("laptopcomputer.and.arrow.down"))
                .isEqualTo(new SfSymbols.Match("laptopcomputer.and.arrow.down", true));
    }

    @Test
    void anUnknownName_fallsBackToTheNearestFamily_byDroppingPartsFromTheEnd() {
        assertThat(SfSymbols.match("laptopcomputer.trianglebadge.exclamationmark")
                        .drawn())
                .isEqualTo("laptopcomputer");
        assertThat(SfSymbols.match("laptopcomputer.and.arrow.down.badge").drawn())
                .isEqualTo("laptopcomputer.and.arrow.down");
        assertThat(SfSymbols.match("externaldrive.badge.xmark").drawn()).isEqualTo("externaldrive.fill");
        assertThat(SfSymbols.match("externaldrive.fill.badge.icloud").drawn()).isEqualTo("externaldrive.fill");
        assertThat(SfSymbols.match("gear.badge").drawn()).isEqualTo("gear");
        assertThat(SfSymbols.match("macbook.gen2").drawn()).isEqualTo("macbook");
        assertThat(SfSymbols.match("person.badge.key.fill").drawn()).isEqualTo("person.fill");
        assertThat(SfSymbols.match("gear.badge").exact()).isFalse();
    }

    @Test
    void aNameWithNoShippedFamily_isTheGenericSymbol() {
        assertThat(SfSymbols.match("tortoise.fill")).isEqualTo(new SfSymbols.Match(SfSymbols.GENERIC, false));
        assertThat(SfSymbols.match("airplane.circle.fill")).isEqualTo(new SfSymbols.Match(SfSymbols.GENERIC, false));
        assertThat(SfSymbols.match("")).isEqualTo(new SfSymbols.Match(SfSymbols.GENERIC, false));
    }

    @Test
    void glyphsComeInCirclesAndSquares_butAFileOfItsOwnWins() {
        assertThat(SfSymbols.SHIPPED)
                .contains("trash.circle", "trash.circle.fill", "trash.square", "trash.square.fill", "lock.circle");
        assertThat(SfSymbols.enclosure("trash.circle.fill")).contains(new SfSymbols.Enclosure("trash", ".circle.fill"));
        assertThat(SfSymbols.enclosure("lock.square")).contains(new SfSymbols.Enclosure("lock.fill", ".square"));
        assertThat(SfSymbols.hasFile("xmark.circle.fill")).isTrue();
        assertThat(SfSymbols.hasFile("xmark.circle")).isFalse();
        assertThat(SfSymbols.enclosure("wifi.circle")).isEmpty();
        assertThat(SfSymbols.match("wifi.circle").drawn()).isEqualTo("wifi");
    }

    @Test
    void anAlias_isShippedUnderItsOwnName_andDrawnWithItsPicture() {
        assertThat(SfSymbols.match("battery.100percent.circle"))
                .isEqualTo(new SfSymbols.Match("battery.100percent", false));
        assertThat(SfSymbols.match("xmark.app.fill")).isEqualTo(new SfSymbols.Match("xmark.app.fill", true));
        assertThat(SfSymbols.unalias("xmark.app.fill")).isEqualTo("xmark.square.fill");
        assertThat(SfSymbols.unalias("battery.100percent")).isEqualTo("battery.100");
        assertThat(SfSymbols.unalias("gear")).isEqualTo("gear");
    }

    @Test
    void theShippedNames_areSortedForHelp() {
        assertThat(List.copyOf(SfSymbols.SHIPPED)).isSorted().hasSizeGreaterThan(56);
    }
}
