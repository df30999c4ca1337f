package org.civiclimate.assembly.ledger.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One way a commune pays its assembly members: an amount per unit of attendance, optional daily and yearly caps, a
 * validity period, and whether it is a flat rate (which, under Belgian law, excludes reimbursing real costs but
 * travel).
 */
public record AllowanceRule(
        String name,
        String legalBasis,
        Unit unit,
        long amountCents,
        @Nullable Long dailyCapCents,
        @Nullable Long yearlyCapCents,
        boolean flatRate,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    /** What an amount is paid for. */
    public enum Unit {
        SESSION,
        HALF_DAY,
        DAY,
        HOUR
    }

    public AllowanceRule {
        if (amountCents < 0
                || (dailyCapCents != null && dailyCapCents < 0)
                || (yearlyCapCents != null && yearlyCapCents < 0)) {
            throw new IllegalArgumentException("Amounts and caps are never negative");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A rule cannot end before it starts");
        }
    }
}
