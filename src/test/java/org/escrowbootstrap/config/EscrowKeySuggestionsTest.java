package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Did you mean …": the closest known key or section for a typo, and nothing for nonsense. */
class EscrowKeySuggestionsTest {

    @Test
    void distance_countsEdits() {
        assertThat(EscrowKeySuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(EscrowKeySuggestions.distance("", "abc")).isEqualTo(3);
        assertThat(EscrowKeySuggestions.distance("same", "same")).isZero();
    }

    @Test
    void hintForKey_typo() {
        assertThat(EscrowKeySuggestions.hintForKey("behaviour.maxAttemps"))
                .isEqualTo(" (did you mean \"behaviour.maxAttempts\"?)");
        assertThat(EscrowKeySuggestions.hintForKey("behavior.maxAttempts"))
                .isEqualTo(" (did you mean \"behaviour.maxAttempts\"?)");
    }

    @Test
    void hintForKey_aTypoInAKnownSection_suggestsAKeyOfThatSection_beforeACloserOneElsewhere() {
        assertThat(EscrowKeySuggestions.hintForKey("texts.buttonTex")).isEqualTo(" (did you mean \"texts.buttonOk\"?)");
        assertThat(EscrowKeySuggestions.hintForKey("support.buttonTex"))
                .isEqualTo(" (did you mean \"support.buttonText\"?)");
    }

    @Test
    void hintForKey_rightNameWrongSection() {
        assertThat(EscrowKeySuggestions.hintForKey("texts.banner")).isEqualTo(" (did you mean \"branding.banner\"?)");
    }

    @Test
    void hintForKey_nothingClose_isEmpty() {
        assertThat(EscrowKeySuggestions.hintForKey("completely.unrelatedthing")).isEmpty();
    }

    @Test
    void hintForSection_listsSectionsWhenNothingIsClose() {
        assertThat(EscrowKeySuggestions.hintForSection("colours"))
                .isEqualTo(" (sections: behaviour, branding, paths, support, texts)");
        assertThat(EscrowKeySuggestions.hintForSection("suport")).isEqualTo(" (did you mean \"support\"?)");
    }

    @Test
    void isSection_knowsTheFive() {
        assertThat(EscrowKeySuggestions.isSection("texts")).isTrue();
        assertThat(EscrowKeySuggestions.isSection("text")).isFalse();
    }
}
