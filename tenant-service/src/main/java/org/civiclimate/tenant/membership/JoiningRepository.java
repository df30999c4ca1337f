package org.civiclimate.tenant.membership;

import static org.civiclimate.tenant.db.Tables.JOINING_RULE;

import java.util.Optional;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.membership.domain.JoinPolicy;
import org.civiclimate.tenant.membership.domain.JoiningRule;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Each commune's joining rule. */
@Repository
class JoiningRepository {

    private final DSLContext dsl;

    JoiningRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<JoiningRule> find(CommuneId commune) {
        return dsl.select(JOINING_RULE.POLICY, JOINING_RULE.INVITATION_CODE)
                .from(JOINING_RULE)
                .where(JOINING_RULE.COMMUNE_ID.eq(commune.value()))
                .fetchOptional(r -> new JoiningRule(JoinPolicy.valueOf(r.value1()), r.value2()));
    }

    /** Stores the rule, unless another transaction stored one first (then that one stands). */
    void insertIfAbsent(CommuneId commune, JoiningRule rule) {
        dsl.insertInto(JOINING_RULE)
                .set(JOINING_RULE.COMMUNE_ID, commune.value())
                .set(JOINING_RULE.POLICY, rule.policy().name())
                .set(JOINING_RULE.INVITATION_CODE, rule.invitationCode())
                .onConflictDoNothing()
                .execute();
    }

    void update(CommuneId commune, JoiningRule rule) {
        dsl.update(JOINING_RULE)
                .set(JOINING_RULE.POLICY, rule.policy().name())
                .set(JOINING_RULE.INVITATION_CODE, rule.invitationCode())
                .set(JOINING_RULE.CHANGED_AT, DSL.currentOffsetDateTime())
                .where(JOINING_RULE.COMMUNE_ID.eq(commune.value()))
                .execute();
    }
}
