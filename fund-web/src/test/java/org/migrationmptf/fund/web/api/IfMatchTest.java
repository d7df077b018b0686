package org.migrationmptf.fund.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void strongAndWeakTagsGiveTheVersion() {
        assertThat(IfMatch.version("\"7\"")).hasValue(7);
        assertThat(IfMatch.version("W/\"12\"")).hasValue(12);
    }

    @Test
    void noHeaderOrAStarMeansAnyVersion() {
        assertThat(IfMatch.version(null)).isEmpty();
        assertThat(IfMatch.version("*")).isEmpty();
    }

    @Test
    void somethingElseIsABadRequest() {
        assertThatThrownBy(() -> IfMatch.version("7")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> IfMatch.version("\"seven\"")).isInstanceOf(BadRequestException.class);
    }
}
