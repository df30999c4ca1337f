package org.civiclimate.assembly.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionTimesTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void aLocalTimeIsReadWithTheOffsetTheCommunesClocksShowThatDay() {
        assertThat(SessionTimes.at(LocalDateTime.parse("2027-01-15T19:00"), BRUSSELS)
                        .orElseThrow()
                        .getOffset())
                .isEqualTo(ZoneOffset.ofHours(1));
        assertThat(SessionTimes.at(LocalDateTime.parse("2027-06-15T19:00"), BRUSSELS)
                        .orElseThrow()
                        .getOffset())
                .isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aTimeTheClocksSkipInSpringDoesNotExist() {
        assertThat(SessionTimes.at(LocalDateTime.parse("2027-03-28T02:30"), BRUSSELS))
                .isEmpty();
    }

    @Test
    void anAutumnTimeThatHappensTwiceIsTheFirstOne() {
        assertThat(SessionTimes.at(LocalDateTime.parse("2027-10-31T02:30"), BRUSSELS)
                        .orElseThrow()
                        .getOffset())
                .isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void upToFiveHoursIsOneHalfDayAndADayIsTwo() {
        assertThat(SessionTimes.halfDaysOf(Duration.ofMinutes(90))).isEqualTo(1);
        assertThat(SessionTimes.halfDaysOf(Duration.ofHours(5))).isEqualTo(1);
        assertThat(SessionTimes.halfDaysOf(Duration.ofHours(8))).isEqualTo(2);
        assertThat(SessionTimes.halfDaysOf(Duration.ofHours(14))).isEqualTo(3);
        assertThat(SessionTimes.halfDaysOf(Duration.ofHours(30))).isEqualTo(SessionTimes.MAX_HALF_DAYS);
    }
}
