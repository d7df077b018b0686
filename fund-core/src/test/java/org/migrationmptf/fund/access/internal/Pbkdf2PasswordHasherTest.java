package org.migrationmptf.fund.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

    @Test
    void theRightPasswordMatchesAndAnyOtherDoesNot() {
        String stored = hasher.hash("correct horse battery".toCharArray());

        assertThat(hasher.matches("correct horse battery".toCharArray(), stored))
                .isTrue();
        assertThat(hasher.matches("correct horse batterY".toCharArray(), stored))
                .isFalse();
        assertThat(hasher.matches("".toCharArray(), stored)).isFalse();
    }

    @Test
    void theHashStoresItsIterationsAndASaltSoEqualPasswordsHashDifferently() {
        String first = hasher.hash("same".toCharArray());
        String second = hasher.hash("same".toCharArray());

        assertThat(first).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(second);
        assertThat(new Pbkdf2PasswordHasher(2_000).matches("same".toCharArray(), first))
                .as("the stored iteration count, not the hasher's, decides")
                .isTrue();
    }

    @Test
    void theDefaultCostFollowsOwaspGuidance() {
        assertThat(new Pbkdf2PasswordHasher().hash("x".toCharArray())).startsWith("pbkdf2-sha256$600000$");
    }

    @Test
    void malformedHashesNeverMatch() {
        assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "plaintext")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "md5$1$abc$def")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$notanumber$abc$def"))
                .isFalse();
    }
}
