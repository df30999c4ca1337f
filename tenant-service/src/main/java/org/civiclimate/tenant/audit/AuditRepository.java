package org.civiclimate.tenant.audit;

import static org.civiclimate.tenant.db.Tables.AUDIT_ENTRY;
import static org.civiclimate.tenant.db.Tables.PERSON;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/** The audit entries, append-only. Row-level security scopes them to the bound commune. */
@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(CommuneId commune, String actorId, AuditAction action, String detailJson) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.COMMUNE_ID, commune.value())
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.DETAIL, JSONB.valueOf(detailJson))
                .execute();
    }

    /** Newest first; the actor's name while the platform still knows the person. */
    List<AuditEntry> page(CommuneId commune, int page, int size, Function<String, Map<String, String>> detail) {
        return dsl.select(
                        AUDIT_ENTRY.ID,
                        AUDIT_ENTRY.AT,
                        AUDIT_ENTRY.ACTOR_ID,
                        PERSON.NAME,
                        AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.DETAIL)
                .from(AUDIT_ENTRY)
                .leftJoin(PERSON)
                .on(PERSON.USER_ID.eq(AUDIT_ENTRY.ACTOR_ID))
                .where(AUDIT_ENTRY.COMMUNE_ID.eq(commune.value()))
                .orderBy(AUDIT_ENTRY.AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(size)
                .offset((long) page * size)
                .fetch(r -> new AuditEntry(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        AuditAction.valueOf(r.value5()),
                        detail.apply(r.value6().data())));
    }

    int count(CommuneId commune) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.COMMUNE_ID.eq(commune.value()));
    }
}
