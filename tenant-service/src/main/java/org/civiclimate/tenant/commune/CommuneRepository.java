package org.civiclimate.tenant.commune;

import static org.civiclimate.tenant.db.Tables.COMMUNE;
import static org.civiclimate.tenant.db.Tables.MEMBERSHIP;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civiclimate.platform.tenancy.CommuneDirectory;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.Slug;
import org.civiclimate.tenant.db.tables.records.CommuneRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The register of communes; also the service's commune directory (slug to id). */
@Repository
class CommuneRepository implements CommuneDirectory {

    private final DSLContext dsl;

    CommuneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CommuneId> findBySlug(String slug) {
        return dsl.select(COMMUNE.ID)
                .from(COMMUNE)
                .where(COMMUNE.SLUG.eq(slug))
                .fetchOptional(COMMUNE.ID)
                .map(CommuneId::new);
    }

    Optional<Commune> find(CommuneId id) {
        return dsl.selectFrom(COMMUNE).where(COMMUNE.ID.eq(id.value())).fetchOptional(CommuneRepository::toCommune);
    }

    boolean slugExists(Slug slug) {
        return dsl.fetchExists(COMMUNE, COMMUNE.SLUG.eq(slug.value()));
    }

    void insert(Commune commune, String organizationId, String createdBy) {
        dsl.insertInto(COMMUNE)
                .set(COMMUNE.ORGANIZATION_ID, organizationId)
                .set(COMMUNE.ID, commune.id().value())
                .set(COMMUNE.SLUG, commune.slug().value())
                .set(COMMUNE.NAME, commune.name())
                .set(COMMUNE.COUNTRY, commune.country().code())
                .set(
                        COMMUNE.LANGUAGES,
                        commune.languages().stream().map(Language::code).toArray(String[]::new))
                .set(COMMUNE.STATUS, commune.status().name())
                .set(COMMUNE.CREATED_BY, createdBy)
                .execute();
    }

    /** Grants a role; the commune must be the one bound (row-level security checks it). */
    void grant(CommuneId commune, String userId, String role) {
        dsl.insertInto(MEMBERSHIP)
                .set(MEMBERSHIP.COMMUNE_ID, commune.value())
                .set(MEMBERSHIP.USER_ID, userId)
                .set(MEMBERSHIP.ROLE, role)
                .onConflictDoNothing()
                .execute();
    }

    /** The communes the acting user belongs to, with their roles (a policy shows users their own memberships). */
    List<MyCommune> communesOf(String userId) {
        return dsl.select(COMMUNE.SLUG, COMMUNE.NAME, COMMUNE.STATUS, DSL.arrayAgg(MEMBERSHIP.ROLE))
                .from(MEMBERSHIP)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(MEMBERSHIP.COMMUNE_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .groupBy(COMMUNE.SLUG, COMMUNE.NAME, COMMUNE.STATUS)
                .orderBy(COMMUNE.NAME)
                .fetch(r -> new MyCommune(r.value1(), r.value2(), r.value3(), List.of(r.value4())));
    }

    List<Commune> page(int page, int size) {
        return dsl.selectFrom(COMMUNE)
                .orderBy(COMMUNE.NAME, COMMUNE.SLUG)
                .limit(size)
                .offset((long) page * size)
                .fetch(CommuneRepository::toCommune);
    }

    int count() {
        return dsl.fetchCount(COMMUNE);
    }

    private static Commune toCommune(CommuneRecord record) {
        return new Commune(
                new CommuneId(record.getId()),
                new Slug(record.getSlug()),
                record.getName(),
                new Country(record.getCountry()),
                Arrays.stream(record.getLanguages())
                        .map(code -> Language.ofCode(code).orElseThrow())
                        .toList(),
                CommuneStatus.valueOf(record.getStatus()));
    }
}
