package org.civiclimate.tenant.commune.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.junit.jupiter.api.Test;

class CommuneTest {

    @Test
    void knowsIsoCountryCodesOnly() {
        assertThat(Country.problemWith("BE")).isEmpty();
        assertThat(Country.problemWith("FR")).isEmpty();
        assertThat(Country.problemWith("XX")).isPresent();
        assertThat(Country.problemWith("be")).isPresent();
    }

    @Test
    void worksInAtLeastOneLanguage() {
        assertThatThrownBy(() -> commune("Uccle", List.of())).hasMessageContaining("at least one language");
    }

    @Test
    void hasANameOfReasonableLength() {
        assertThatThrownBy(() -> commune(" ", List.of(Language.FR))).hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> commune("x".repeat(201), List.of(Language.FR))).hasMessageContaining("1 to 200");
    }

    @Test
    void namesLanguagesByTheirIsoCode() {
        assertThat(Language.ofCode("nl")).hasValue(Language.NL);
        assertThat(Language.ofCode("es")).isEmpty();
        assertThat(Language.DE.code()).isEqualTo("de");
    }

    private static Commune commune(String name, List<Language> languages) {
        return new Commune(
                new CommuneId(UUID.randomUUID()),
                new Slug("uccle"),
                name,
                new Country("BE"),
                languages,
                CommuneStatus.ACTIVE);
    }
}
