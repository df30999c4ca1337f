package org.civiclimate.assembly.assemblies.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationRuleTest {

    // Ostbelgien's permanent council: 24 seats, mandates of 18 months, a third renewed every 6 months.
    private final RotationRule ostbelgien = new RotationRule(24, 18, 3, LocalDate.of(2025, 9, 15));

    @Test
    void splitsTheSeatsIntoConsecutiveCohorts() {
        assertThat(ostbelgien.seatsOf(1)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(ostbelgien.cohortOf(9)).isEqualTo(2);
        assertThat(ostbelgien.cohortOf(24)).isEqualTo(3);
        assertThat(new RotationRule(10, 12, 3, LocalDate.of(2025, 1, 1)).seatsOf(3))
                .containsExactly(8, 9, 10);
    }

    @Test
    void staggersTheFirstMandatesThenRenewsEachCohortEveryFullMandate() {
        LocalDate first = LocalDate.of(2025, 9, 15);
        assertThat(ostbelgien.endOfMandate(1, first)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(ostbelgien.endOfMandate(9, first)).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(ostbelgien.endOfMandate(24, first)).isEqualTo(LocalDate.of(2027, 3, 15));
        // Seated at the first renewal of cohort 1: a full 18-month mandate.
        assertThat(ostbelgien.endOfMandate(1, LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2027, 9, 15));
    }

    @Test
    void aReplacementServesUntilTheSeatsNextRenewal() {
        assertThat(ostbelgien.endOfMandate(10, LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void findsTheRenewalYearsLaterWithoutDriftingFromTheFirstSittingsDay() {
        var endOfMonth = new RotationRule(12, 12, 2, LocalDate.of(2025, 8, 31));
        assertThat(endOfMonth.nextRenewalOf(1, LocalDate.of(2026, 2, 27))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(endOfMonth.nextRenewalOf(2, LocalDate.of(2040, 8, 30))).isEqualTo(LocalDate.of(2040, 8, 31));
        assertThat(endOfMonth.nextRenewalOf(2, LocalDate.of(2040, 8, 31))).isEqualTo(LocalDate.of(2041, 8, 31));
    }

    @Test
    void listsTheComingRenewalsSoonestFirst() {
        var renewals = ostbelgien.renewalsAfter(LocalDate.of(2026, 4, 1), 4);

        assertThat(renewals)
                .extracting(RotationRule.Renewal::renewsOn)
                .containsExactly(
                        LocalDate.of(2026, 9, 15),
                        LocalDate.of(2027, 3, 15),
                        LocalDate.of(2027, 9, 15),
                        LocalDate.of(2028, 3, 15));
        assertThat(renewals).extracting(RotationRule.Renewal::cohort).containsExactly(2, 3, 1, 2);
    }

    @Test
    void theRotationPlanNamesTheVacantSeats() {
        var plan = RotationPlan.of(ostbelgien, List.of(1, 2, 3, 5), LocalDate.of(2026, 4, 1));

        assertThat(plan.vacantSeats()).hasSize(20).startsWith(4, 6, 7).endsWith(24);
        assertThat(plan.renewals()).hasSize(6);
    }

    @Test
    void refusesARotationWhoseCohortsDoNotDivideTheMandate() {
        assertThatThrownBy(() -> new RotationRule(24, 18, 4, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RotationRule(2, 18, 3, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ostbelgien.cohortOf(25)).isInstanceOf(IllegalArgumentException.class);
    }
}
