package org.civiclimate.assembly.assemblies.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How an assembly renews its seats: the seats are split into {@code cohorts} consecutive blocks, and the blocks are
 * renewed in turn, one every {@code mandateMonths / cohorts} months. Ostbelgien's council: 24 seats, 18-month
 * mandates, 3 cohorts, so seats 1-8 are renewed 6 months after the first sitting, 9-16 after 12 and 17-24 after 18,
 * then each block every 18 months. The first mandates of the earlier blocks are shorter: that is what staggers them.
 * A person seated in the middle of a term (a replacement) serves until the seat's next renewal.
 */
public record RotationRule(int seats, int mandateMonths, int cohorts, LocalDate firstSittingOn) {

    public RotationRule {
        if (seats < 1 || cohorts < 1 || cohorts > seats || mandateMonths < 1 || mandateMonths % cohorts != 0) {
            throw new IllegalArgumentException(
                    "Invalid rotation: " + seats + " seats, " + mandateMonths + " months, " + cohorts + " cohorts");
        }
    }

    /** Months between two renewals of the assembly. */
    public int intervalMonths() {
        return mandateMonths / cohorts;
    }

    public boolean hasSeat(int seat) {
        return seat >= 1 && seat <= seats;
    }

    /** The cohort (1-based) a seat belongs to. */
    public int cohortOf(int seat) {
        if (!hasSeat(seat)) {
            throw new IllegalArgumentException("No seat " + seat + " among " + seats);
        }
        return (seat - 1) * cohorts / seats + 1;
    }

    /** The seats of a cohort, in order. */
    public List<Integer> seatsOf(int cohort) {
        return IntStream.rangeClosed(1, seats)
                .filter(seat -> cohortOf(seat) == cohort)
                .boxed()
                .toList();
    }

    /** The first renewal of the cohort strictly after {@code date}: when a mandate of that cohort held then ends. */
    public LocalDate nextRenewalOf(int cohort, LocalDate date) {
        long offset = (long) cohort * intervalMonths();
        // Whole terms skipped at once, then a step or two; each date counted from the first sitting so that a
        // sitting on the 31st is not worn down to the 28th by February.
        long terms = Math.max(0, (ChronoUnit.MONTHS.between(firstSittingOn, date) - offset) / mandateMonths);
        while (!firstSittingOn.plusMonths(offset + terms * mandateMonths).isAfter(date)) {
            terms++;
        }
        return firstSittingOn.plusMonths(offset + terms * mandateMonths);
    }

    /** When a mandate in {@code seat} that starts on {@code startsOn} ends. */
    public LocalDate endOfMandate(int seat, LocalDate startsOn) {
        return nextRenewalOf(cohortOf(seat), startsOn.isBefore(firstSittingOn) ? firstSittingOn : startsOn);
    }

    /** The next {@code count} renewals after {@code today}, soonest first. */
    public List<Renewal> renewalsAfter(LocalDate today, int count) {
        var renewals = new ArrayList<Renewal>();
        for (int cohort = 1; cohort <= cohorts; cohort++) {
            LocalDate on = nextRenewalOf(cohort, today);
            for (int i = 0; i < count; i++) {
                renewals.add(new Renewal(cohort, on, seatsOf(cohort)));
                on = nextRenewalOf(cohort, on);
            }
        }
        return renewals.stream()
                .sorted(Comparator.comparing(Renewal::renewsOn).thenComparing(Renewal::cohort))
                .limit(count)
                .toList();
    }

    /** A cohort's seats falling vacant on a date. */
    public record Renewal(int cohort, LocalDate renewsOn, List<Integer> seats) {}
}
