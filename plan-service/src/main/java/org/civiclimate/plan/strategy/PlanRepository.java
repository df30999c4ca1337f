package org.civiclimate.plan.strategy;

import static org.civiclimate.plan.db.Tables.EMISSION_FACTOR;
import static org.civiclimate.plan.db.Tables.EMISSION_FACTOR_SET;
import static org.civiclimate.plan.db.Tables.PLAN;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The commune's plan and the reference factors it uses. */
@Repository
class PlanRepository {

    static final String REFERENCE_SET = "ipcc-2006";

    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Creates the commune's empty plan unless it has one; true when created. */
    boolean createIfAbsent(CommuneId commune) {
        return dsl.insertInto(PLAN)
                        .set(PLAN.COMMUNE_ID, commune.value())
                        .set(PLAN.FACTOR_SET_ID, REFERENCE_SET)
                        .set(PLAN.STATUS, "DRAFT")
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    Optional<PlanSummary> summary() {
        return dsl.select(PLAN.STATUS, EMISSION_FACTOR_SET.ID, EMISSION_FACTOR_SET.NAME)
                .from(PLAN)
                .join(EMISSION_FACTOR_SET)
                .on(EMISSION_FACTOR_SET.ID.eq(PLAN.FACTOR_SET_ID))
                .fetchOptional()
                .map(plan -> {
                    var factors = new LinkedHashMap<String, BigDecimal>();
                    dsl.select(EMISSION_FACTOR.CARRIER, EMISSION_FACTOR.T_CO2_PER_MWH)
                            .from(EMISSION_FACTOR)
                            .where(EMISSION_FACTOR.SET_ID.eq(plan.value2()))
                            .orderBy(EMISSION_FACTOR.CARRIER)
                            .forEach(f -> factors.put(f.value1(), f.value2()));
                    return new PlanSummary(plan.value1(), plan.value2(), plan.value3(), factors);
                });
    }
}
