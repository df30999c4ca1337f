package org.civiclimate.assembly.ledger;

import static org.civiclimate.assembly.db.Tables.ALLOWANCE_RULE;

import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.db.tables.records.AllowanceRuleRecord;
import org.civiclimate.assembly.ledger.domain.AllowanceRule;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The commune's allowance rules (row-level security keeps each commune to its own). */
@Repository
class AllowanceRuleRepository {

    private final DSLContext dsl;

    AllowanceRuleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean anyFor(CommuneId commune) {
        return dsl.fetchExists(ALLOWANCE_RULE, ALLOWANCE_RULE.COMMUNE_ID.eq(commune.value()));
    }

    void insert(CommuneId commune, AllowanceRule rule) {
        dsl.insertInto(ALLOWANCE_RULE)
                .set(ALLOWANCE_RULE.COMMUNE_ID, commune.value())
                .set(ALLOWANCE_RULE.ID, UUID.randomUUID())
                .set(ALLOWANCE_RULE.NAME, rule.name())
                .set(ALLOWANCE_RULE.LEGAL_BASIS, rule.legalBasis())
                .set(ALLOWANCE_RULE.UNIT, rule.unit().name())
                .set(ALLOWANCE_RULE.AMOUNT_CENTS, rule.amountCents())
                .set(ALLOWANCE_RULE.DAILY_CAP_CENTS, rule.dailyCapCents())
                .set(ALLOWANCE_RULE.YEARLY_CAP_CENTS, rule.yearlyCapCents())
                .set(ALLOWANCE_RULE.FLAT_RATE, rule.flatRate())
                .set(ALLOWANCE_RULE.VALID_FROM, rule.validFrom())
                .set(ALLOWANCE_RULE.VALID_TO, rule.validTo())
                .execute();
    }

    List<AllowanceRule> all() {
        return dsl.selectFrom(ALLOWANCE_RULE)
                .orderBy(ALLOWANCE_RULE.VALID_FROM.desc(), ALLOWANCE_RULE.NAME)
                .fetch(AllowanceRuleRepository::toRule);
    }

    private static AllowanceRule toRule(AllowanceRuleRecord r) {
        return new AllowanceRule(
                r.getName(),
                r.getLegalBasis(),
                AllowanceRule.Unit.valueOf(r.getUnit()),
                r.getAmountCents(),
                r.getDailyCapCents(),
                r.getYearlyCapCents(),
                r.getFlatRate(),
                r.getValidFrom(),
                r.getValidTo());
    }
}
