package org.civiclimate.assembly.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DefaultAllowanceRulesTest {

    @Test
    void givesBelgianCommunesTheVolunteerAllowanceWithIts2025Caps() {
        var rules = DefaultAllowanceRules.forCountry("BE");

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.amountCents()).isEqualTo(4_231);
            assertThat(rule.dailyCapCents()).isEqualTo(4_231);
            assertThat(rule.yearlyCapCents()).isEqualTo(169_251);
            assertThat(rule.flatRate()).isTrue();
            assertThat(rule.unit()).isEqualTo(AllowanceRule.Unit.DAY);
        });
    }

    @Test
    void givesFrenchCommunesADailyAllowanceOnTheCitizensConventionModel() {
        assertThat(DefaultAllowanceRules.forCountry("FR"))
                .singleElement()
                .satisfies(rule -> assertThat(rule.amountCents()).isEqualTo(8_600));
    }

    @Test
    void givesOtherCountriesNoRuleToStartWith() {
        assertThat(DefaultAllowanceRules.forCountry("LU")).isEmpty();
    }

    @Test
    void refusesNegativeAmountsAndBackwardPeriods() {
        assertThatThrownBy(() -> new AllowanceRule(
                        "x", "y", AllowanceRule.Unit.DAY, -1, null, null, true, LocalDate.of(2025, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AllowanceRule(
                        "x",
                        "y",
                        AllowanceRule.Unit.DAY,
                        1,
                        null,
                        null,
                        true,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
