package org.migrationmptf.fund.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest(name = "control character U+{0} is refused")
    @ValueSource(strings = {"0000", "0007", "000A", "000D", "001B", "007F", "0085", "2028"})
    void controlCharactersAreRefusedNotStripped(String hex) {
        String text = "BANK-REF" + (char) Integer.parseInt(hex, 16) + "2026";

        assertThatThrownBy(() -> Text.optional("bankReference", text, 60))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.issues()).singleElement().satisfies(i -> {
                            assertThat(i.field()).isEqualTo("bankReference");
                            assertThat(i.message())
                                    .contains("control characters")
                                    .contains("position 9");
                        }));
    }

    @Test
    void textIsTrimmedLengthCheckedAndBlankIsNone() {
        assertThat(Text.optional("reference", "  MIG-DEU-2026  ", 30)).isEqualTo("MIG-DEU-2026");
        assertThat(Text.optional("reference", "   ", 30)).isNull();
        assertThat(Text.required("name", "Côte d’Ivoire — Ministère", 150)).isEqualTo("Côte d’Ivoire — Ministère");
        assertThatThrownBy(() -> Text.required("reason", " ", 300)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Text.required("reason", "x".repeat(301), 300))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.issues().get(0).message()).contains("at most 300"));
    }
}
