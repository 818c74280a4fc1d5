package org.escrowbootstrap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void of_copiesTheText() {
        Secret secret = Secret.of("p@ss \"w0rd\"");

        assertThat(secret.length()).isEqualTo(11);
        assertThat(secret.isEmpty()).isFalse();
        assertThat(secret.view().toString()).isEqualTo("p@ss \"w0rd\"");
    }

    @Test
    void adopt_takesTheArray_andWipeZeroesIt() {
        char[] chars = {'a', 'b', 'c'};
        Secret secret = Secret.adopt(chars);

        secret.wipe();

        assertThat(chars).containsOnly('\0');
        assertThat(secret.isWiped()).isTrue();
    }

    @Test
    void adopt_null_isEmpty() {
        assertThat(Secret.adopt(null).isEmpty()).isTrue();
    }

    @Test
    void copy_isIndependent() {
        Secret secret = Secret.of("abc");
        char[] copy = secret.copy();

        copy[0] = 'X';

        assertThat(secret.view().toString()).isEqualTo("abc");
    }

    @Test
    void view_isReadOnly() {
        assertThat(Secret.of("abc").view()).isInstanceOf(java.nio.CharBuffer.class);
        assertThat(((java.nio.CharBuffer) Secret.of("abc").view()).isReadOnly()).isTrue();
    }

    @Test
    void afterWipe_everyReadFails() {
        Secret secret = Secret.of("abc");

        secret.close();

        assertThat(secret.isWiped()).isTrue();
        assertThatThrownBy(secret::view).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::copy).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::length).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::isEmpty).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secret.contentEquals(Secret.of("abc"))).isInstanceOf(IllegalStateException.class);
        secret.wipe(); // wiping twice is harmless
    }

    @Test
    void exceptionMessagesNeverHoldTheSecret() {
        Secret secret = Secret.of("hunter2");
        secret.wipe();

        assertThatThrownBy(secret::view).message().doesNotContain("hunter2");
    }

    @Test
    void toString_hidesTheContent() {
        assertThat(Secret.of("hunter2")).hasToString("Secret[***]");
        assertThat(new FieldValue.Hidden("pw", Secret.of("hunter2")).toString()).doesNotContain("hunter2");
    }

    @Test
    void contentEquals_comparesCharacters() {
        Secret secret = Secret.of("abc");

        assertThat(secret.contentEquals(Secret.of("abc"))).isTrue();
        assertThat(secret.contentEquals(Secret.of("abd"))).isFalse();
        assertThat(secret.contentEquals(Secret.of("ab"))).isFalse();
        assertThat(secret.contentEquals(Secret.of(""))).isFalse();
        assertThat(secret.contentEquals(secret)).isTrue();
        assertThat(Secret.of("").contentEquals(Secret.of(""))).isTrue();
    }

    @Test
    void contentEquals_leavesBothSecretsIntact() {
        Secret a = Secret.of("abc");
        Secret b = Secret.of("abc");

        a.contentEquals(b);

        assertThat(a.view().toString()).isEqualTo("abc");
        assertThat(b.view().toString()).isEqualTo("abc");
    }

    /** Two threads comparing the same pair in opposite directions once deadlocked on the two secrets' locks. */
    @Test
    void contentEquals_inOppositeDirectionsAtOnce_doesNotDeadlock() throws Exception {
        Secret a = Secret.of("same");
        Secret b = Secret.of("same");

        CompletableFuture<Void> forward = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200_000; i++) {
                a.contentEquals(b);
            }
        });
        CompletableFuture<Void> backward = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200_000; i++) {
                b.contentEquals(a);
            }
        });

        // A bounded wait, so a deadlock fails the test instead of hanging the build.
        CompletableFuture.allOf(forward, backward).get(30, TimeUnit.SECONDS);
        assertThat(a.contentEquals(b)).isTrue();
    }
}
