package org.civiclimate.tenant.commune.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"uccle", "namur", "la-louviere", "saint-josse-ten-noode", "75056", "ab"})
    void acceptsWhatACommuneIsCalledInAUrl(String slug) {
        assertThat(Slug.problemWith(slug)).isEmpty();
        assertThat(new Slug(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a",
                "Uccle",
                "-uccle",
                "uccle-",
                "la--louviere",
                "sint gillis",
                "liège",
                "<script>",
                "../etc",
                "a123456789012345678901234567890123456789012345678901234567890123"
            })
    void refusesAnythingElse(String slug) {
        assertThat(Slug.problemWith(slug)).isPresent();
        assertThatThrownBy(() -> new Slug(slug)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "admin", "public", "me"})
    void refusesWordsThePlatformUses(String slug) {
        assertThat(Slug.problemWith(slug)).hasValue(Slug.Problem.RESERVED);
    }
}
