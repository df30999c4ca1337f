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
    void checksOfficialCodesByTheRulesOfTheirCountry() {
        assertThat(OfficialCode.problemWith("BE", "21016")).isEmpty();
        assertThat(OfficialCode.problemWith("BE", "01016"))
                .hasValueSatisfying(p -> assertThat(p).contains("NIS"));
        assertThat(OfficialCode.problemWith("BE", "2101")).isPresent();
        assertThat(OfficialCode.problemWith("FR", "75056")).isEmpty();
        assertThat(OfficialCode.problemWith("FR", "2A004")).isEmpty();
        assertThat(OfficialCode.problemWith("FR", "2C004"))
                .hasValueSatisfying(p -> assertThat(p).contains("INSEE"));
        assertThat(OfficialCode.problemWith("FR", "7505")).isPresent();
        assertThat(OfficialCode.problemWith("LU", "LU0001")).isEmpty();
        assertThat(OfficialCode.problemWith("LU", "<script>")).isPresent();
    }

    @Test
    void hasAPlausiblePopulation() {
        assertThatThrownBy(() -> withPopulation(0)).hasMessageContaining("inhabitants");
        assertThatThrownBy(() -> withPopulation(Commune.MAX_POPULATION + 1)).hasMessageContaining("inhabitants");
    }

    @Test
    void namesLanguagesByTheirIsoCode() {
        assertThat(Language.ofCode("nl")).hasValue(Language.NL);
        assertThat(Language.ofCode("es")).isEmpty();
        assertThat(Language.DE.code()).isEqualTo("de");
    }

    private static Commune withPopulation(int population) {
        return new Commune(
                new CommuneId(UUID.randomUUID()),
                new Slug("uccle"),
                "Uccle",
                new Country("BE"),
                new OfficialCode(new Country("BE"), "21016"),
                population,
                "contact@uccle.be",
                List.of(Language.FR),
                CommuneStatus.ACTIVE);
    }

    private static Commune commune(String name, List<Language> languages) {
        return new Commune(
                new CommuneId(UUID.randomUUID()),
                new Slug("uccle"),
                name,
                new Country("BE"),
                new OfficialCode(new Country("BE"), "21016"),
                83_000,
                "contact@uccle.be",
                languages,
                CommuneStatus.ACTIVE);
    }
}
