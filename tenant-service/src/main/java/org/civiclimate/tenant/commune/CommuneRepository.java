package org.civiclimate.tenant.commune;

import static org.civiclimate.tenant.db.Tables.COMMUNE;
import static org.civiclimate.tenant.db.Tables.MEMBERSHIP;
import static org.civiclimate.tenant.db.Tables.PERSON;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneDirectory;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneDetailsChange;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.OfficialCode;
import org.civiclimate.tenant.commune.domain.Provisioning;
import org.civiclimate.tenant.commune.domain.SearchText;
import org.civiclimate.tenant.commune.domain.Slug;
import org.civiclimate.tenant.db.tables.records.CommuneRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The register of communes and their memberships; also the service's commune directory (slug to id). */
@Repository
class CommuneRepository implements CommuneDirectory {

    private final DSLContext dsl;

    CommuneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Listing> findBySlug(String slug) {
        return dsl.select(COMMUNE.ID, COMMUNE.STATUS)
                .from(COMMUNE)
                .where(COMMUNE.SLUG.eq(slug))
                .and(notRejected())
                .fetchOptional(r -> new Listing(
                        new CommuneId(r.value1()),
                        CommuneStatus.SUSPENDED.name().equals(r.value2())));
    }

    Optional<CommuneView> find(CommuneId id) {
        return dsl.selectFrom(COMMUNE).where(COMMUNE.ID.eq(id.value())).fetchOptional(CommuneRepository::toView);
    }

    Optional<String> requester(CommuneId id) {
        return dsl.select(COMMUNE.CREATED_BY)
                .from(COMMUNE)
                .where(COMMUNE.ID.eq(id.value()))
                .fetchOptional(COMMUNE.CREATED_BY);
    }

    boolean slugExists(Slug slug) {
        return dsl.fetchExists(COMMUNE, COMMUNE.SLUG.eq(slug.value()), notRejected());
    }

    boolean officialCodeExists(OfficialCode code) {
        return dsl.fetchExists(
                COMMUNE,
                COMMUNE.COUNTRY.eq(code.country().code()),
                COMMUNE.OFFICIAL_CODE.eq(code.value()),
                notRejected());
    }

    /** Holds the requester until the transaction ends, so that their concurrent requests are counted one by one. */
    void lockRequester(String userId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtextextended(?, 0))", userId);
    }

    /** How many of the user's requests await approval or are being provisioned. */
    int openRequests(String userId) {
        return dsl.fetchCount(
                COMMUNE,
                COMMUNE.CREATED_BY.eq(userId),
                COMMUNE.STATUS.in(CommuneStatus.AWAITING_APPROVAL.name(), CommuneStatus.PROVISIONING.name()));
    }

    void insert(Commune commune, String requestedBy) {
        dsl.insertInto(COMMUNE)
                .set(COMMUNE.ID, commune.id().value())
                .set(COMMUNE.SLUG, commune.slug().value())
                .set(COMMUNE.NAME, commune.name())
                .set(COMMUNE.NAME_SEARCH, SearchText.fold(commune.name()))
                .set(COMMUNE.COUNTRY, commune.country().code())
                .set(COMMUNE.OFFICIAL_CODE, commune.officialCode().value())
                .set(COMMUNE.POPULATION, commune.population())
                .set(COMMUNE.CONTACT_EMAIL, commune.contactEmail())
                .set(
                        COMMUNE.LANGUAGES,
                        commune.languages().stream().map(Language::code).toArray(String[]::new))
                .set(COMMUNE.STATUS, commune.status().name())
                .set(COMMUNE.CREATED_BY, requestedBy)
                .execute();
    }

    /**
     * Takes up to {@code limit} communes due for an attempt at their organization and holds them for the lease, so
     * that no other instance takes them meanwhile; rows another transaction holds are skipped, not waited for.
     */
    List<ProvisioningClaim> claimDue(int limit, Duration lease) {
        var due = dsl.select(COMMUNE.ID)
                .from(COMMUNE)
                .where(COMMUNE.STATUS.eq(CommuneStatus.PROVISIONING.name()))
                .and(COMMUNE.ORGANIZATION_ID.isNull())
                .and(COMMUNE.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime()))
                .orderBy(COMMUNE.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate()
                .skipLocked();
        return dsl.update(COMMUNE)
                .set(COMMUNE.NEXT_ATTEMPT_AT, OffsetDateTime.now().plus(lease))
                .where(COMMUNE.ID.in(due))
                .returning()
                .fetch(r -> new ProvisioningClaim(
                        new CommuneId(r.getId()), r.getSlug(), r.getName(), r.getCreatedBy(), provisioning(r)));
    }

    void organizationCreated(CommuneId id, String organizationId) {
        dsl.update(COMMUNE)
                .set(COMMUNE.ORGANIZATION_ID, organizationId)
                .setNull(COMMUNE.FAILURE_REASON)
                .where(COMMUNE.ID.eq(id.value()))
                .execute();
    }

    /** {@code commune.provisioned} was (again) announced at {@code at}: the services' acknowledgements are due. */
    void announced(CommuneId id, OffsetDateTime at) {
        dsl.update(COMMUNE)
                .set(COMMUNE.ANNOUNCED_AT, at)
                .where(COMMUNE.ID.eq(id.value()))
                .execute();
    }

    /** Communes announced before {@code before} that a service has still not acknowledged. */
    List<CommuneId> unacknowledgedSince(OffsetDateTime before, int limit) {
        return dsl.select(COMMUNE.ID)
                .from(COMMUNE)
                .where(awaitingAcknowledgementSince(before))
                .orderBy(COMMUNE.ANNOUNCED_AT)
                .limit(limit)
                .fetch(r -> new CommuneId(r.value1()));
    }

    /**
     * The commune's saga, if it is still unacknowledged since before {@code before}, held until the transaction ends;
     * empty when another instance holds it, or it was acknowledged or moved on meanwhile.
     */
    Optional<Provisioning> lockUnacknowledged(CommuneId id, OffsetDateTime before) {
        return dsl.selectFrom(COMMUNE)
                .where(COMMUNE.ID.eq(id.value()))
                .and(awaitingAcknowledgementSince(before))
                .forUpdate()
                .skipLocked()
                .fetchOptional(CommuneRepository::provisioning);
    }

    private static Condition awaitingAcknowledgementSince(OffsetDateTime before) {
        return COMMUNE.STATUS
                .eq(CommuneStatus.PROVISIONING.name())
                .and(COMMUNE.ORGANIZATION_ID.isNotNull())
                .and(COMMUNE.ANNOUNCED_AT.le(before))
                .and(COMMUNE.ASSEMBLY_READY_AT.isNull().or(COMMUNE.PLAN_READY_AT.isNull()));
    }

    private static Condition notRejected() {
        return COMMUNE.STATUS.ne(CommuneStatus.REJECTED.name());
    }

    void attemptFailed(CommuneId id, String reason, Duration delay) {
        dsl.update(COMMUNE)
                .set(COMMUNE.PROVISIONING_ATTEMPTS, COMMUNE.PROVISIONING_ATTEMPTS.plus(1))
                .set(COMMUNE.NEXT_ATTEMPT_AT, OffsetDateTime.now().plus(delay))
                .set(COMMUNE.FAILURE_REASON, reason)
                .where(COMMUNE.ID.eq(id.value()))
                .execute();
    }

    void spaceReady(CommuneId id, CommuneService.Space space) {
        var column = space == CommuneService.Space.ASSEMBLY ? COMMUNE.ASSEMBLY_READY_AT : COMMUNE.PLAN_READY_AT;
        dsl.update(COMMUNE)
                .set(column, DSL.coalesce(column, DSL.currentOffsetDateTime()))
                .where(COMMUNE.ID.eq(id.value()))
                .execute();
    }

    /**
     * Moves the commune from {@code from} to {@code status}, with the reason (for a failure) or none; false if it is
     * no longer in {@code from}, so that two racing changes (two approvals, a rejection and an approval, a late
     * acknowledgement after a suspension) never both take effect.
     */
    boolean changeStatus(CommuneId id, CommuneStatus from, CommuneStatus status, @Nullable String reason) {
        var update = dsl.update(COMMUNE).set(COMMUNE.STATUS, status.name()).set(COMMUNE.FAILURE_REASON, reason);
        var step = switch (status) {
            case PROVISIONING ->
                update.set(COMMUNE.PROVISIONING_ATTEMPTS, 0).set(COMMUNE.NEXT_ATTEMPT_AT, DSL.currentOffsetDateTime());
            case ACTIVE ->
                update.set(COMMUNE.ACTIVATED_AT, DSL.coalesce(COMMUNE.ACTIVATED_AT, DSL.currentOffsetDateTime()));
            default -> update;
        };
        return step.where(COMMUNE.ID.eq(id.value()))
                        .and(COMMUNE.STATUS.eq(from.name()))
                        .execute()
                == 1;
    }

    void suspensionReason(CommuneId id, @Nullable String reason) {
        dsl.update(COMMUNE)
                .set(COMMUNE.SUSPENSION_REASON, reason)
                .where(COMMUNE.ID.eq(id.value()))
                .execute();
    }

    /**
     * The communes the acting user belongs to, with their roles (a policy shows users their own memberships). Reads
     * the roles feature's table: the one join of the user's memberships with the register, for {@code GET /api/me}.
     */
    List<MyCommune> communesOf(String userId) {
        return dsl.select(
                        COMMUNE.SLUG,
                        COMMUNE.NAME,
                        COMMUNE.STATUS,
                        DSL.arrayAgg(MEMBERSHIP.ROLE).orderBy(MEMBERSHIP.ROLE))
                .from(MEMBERSHIP)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(MEMBERSHIP.COMMUNE_ID))
                .where(MEMBERSHIP.USER_ID.eq(userId))
                .groupBy(COMMUNE.SLUG, COMMUNE.NAME, COMMUNE.STATUS)
                .orderBy(COMMUNE.NAME)
                .fetch(r -> new MyCommune(r.value1(), r.value2(), r.value3(), List.of(r.value4())));
    }

    /** The operators' list, newest first, with each requester as they last signed in. */
    List<ListedCommune> page(@Nullable CommuneStatus status, @Nullable String search, int page, int size) {
        return dsl.select(COMMUNE, PERSON.EMAIL, PERSON.NAME)
                .from(COMMUNE)
                .leftJoin(PERSON)
                .on(PERSON.USER_ID.eq(COMMUNE.CREATED_BY))
                .where(byStatus(status))
                .and(operatorSearch(search))
                .orderBy(COMMUNE.CREATED_AT.desc(), COMMUNE.SLUG)
                .limit(size)
                .offset((long) page * size)
                .fetch(r -> new ListedCommune(
                        toView(r.value1()),
                        r.value1().getCreatedAt(),
                        new ListedCommune.Requester(r.value1().getCreatedBy(), r.value2(), r.value3()),
                        0));
    }

    int count(@Nullable CommuneStatus status, @Nullable String search) {
        return dsl.fetchCount(COMMUNE, byStatus(status), operatorSearch(search));
    }

    /**
     * How many people (with any role) each commune has. For an operator only: a policy lets a transaction that
     * names itself an operator's in {@code app.operator} count every commune's members.
     */
    Map<UUID, Integer> memberCounts(Collection<UUID> communes) {
        if (communes.isEmpty()) {
            return Map.of();
        }
        dsl.select(DSL.field("set_config('app.operator', 'on', true)", String.class))
                .fetch();
        var counts = dsl.select(MEMBERSHIP.COMMUNE_ID, DSL.countDistinct(MEMBERSHIP.USER_ID))
                .from(MEMBERSHIP)
                .where(MEMBERSHIP.COMMUNE_ID.in(communes))
                .groupBy(MEMBERSHIP.COMMUNE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        // Widened for this one query only: nothing later in the transaction reads across communes.
        dsl.select(DSL.field("set_config('app.operator', '', true)", String.class))
                .fetch();
        return counts;
    }

    /** Name (accents and case aside), slug or official code, anywhere in them. */
    private static Condition operatorSearch(@Nullable String search) {
        if (search == null || search.isBlank()) {
            return DSL.noCondition();
        }
        String folded = SearchText.fold(search);
        String raw = search.strip();
        return COMMUNE.NAME_SEARCH
                .contains(folded)
                .or(COMMUNE.SLUG.containsIgnoreCase(raw))
                .or(COMMUNE.OFFICIAL_CODE.containsIgnoreCase(raw));
    }

    /**
     * Active communes for the public directory, by name: {@code search} anywhere in the name (accents and case aside),
     * or at the start of a postal code or of the official code.
     */
    List<DirectoryEntry> directory(@Nullable String search, @Nullable String country, int page, int size) {
        return dsl.selectFrom(COMMUNE)
                .where(directoryCondition(search, country))
                .orderBy(COMMUNE.NAME_SEARCH, COMMUNE.SLUG)
                .limit(size)
                .offset((long) page * size)
                .fetch(r -> new DirectoryEntry(
                        r.getSlug(),
                        r.getName(),
                        r.getCountry(),
                        List.of(r.getPostalCodes()),
                        r.getPopulation(),
                        List.of(r.getLanguages()),
                        r.getJoinPolicy() != null ? r.getJoinPolicy() : DEFAULT_JOIN_POLICY));
    }

    int directoryCount(@Nullable String search, @Nullable String country) {
        return dsl.fetchCount(COMMUNE, directoryCondition(search, country));
    }

    /** The policy of a commune whose admins never chose one (the joining rule's default). */
    static final String DEFAULT_JOIN_POLICY = "INVITATION_CODE";

    private static Condition directoryCondition(@Nullable String search, @Nullable String country) {
        Condition condition = COMMUNE.STATUS.eq(CommuneStatus.ACTIVE.name());
        if (country != null) {
            condition = condition.and(COMMUNE.COUNTRY.eq(country));
        }
        if (search != null && !search.isBlank()) {
            String folded = SearchText.fold(search);
            String code = search.strip().toUpperCase(Locale.ROOT);
            var postalCode = DSL.field("postal_code", String.class);
            condition = condition.and(COMMUNE.NAME_SEARCH
                    .contains(folded)
                    .or(COMMUNE.OFFICIAL_CODE.startsWith(code))
                    .or(DSL.exists(DSL.selectOne()
                            .from(DSL.unnest(COMMUNE.POSTAL_CODES).as("codes", "postal_code"))
                            .where(DSL.upper(postalCode).startsWith(code)))));
        }
        return condition;
    }

    /** The details an admin changed (those the change leaves out stay). */
    void changeDetails(CommuneId id, CommuneDetailsChange change) {
        var update = new LinkedHashMap<Field<?>, @Nullable Object>();
        if (change.name() != null) {
            update.put(COMMUNE.NAME, change.name());
            update.put(COMMUNE.NAME_SEARCH, SearchText.fold(change.name()));
        }
        if (change.population() != null) {
            update.put(COMMUNE.POPULATION, change.population());
        }
        if (change.contactEmail() != null) {
            update.put(COMMUNE.CONTACT_EMAIL, change.contactEmail());
        }
        if (change.languages() != null) {
            update.put(
                    COMMUNE.LANGUAGES,
                    change.languages().stream().map(Language::code).toArray(String[]::new));
        }
        if (change.postalCodes() != null) {
            update.put(COMMUNE.POSTAL_CODES, change.postalCodes().toArray(String[]::new));
        }
        if (change.descriptionChanged()) {
            update.put(COMMUNE.DESCRIPTION, change.description());
        }
        if (update.isEmpty()) {
            return;
        }
        dsl.update(COMMUNE).set(update).where(COMMUNE.ID.eq(id.value())).execute();
    }

    /** The join policy the commune's admins chose, as the directory shows it. */
    void joinPolicy(CommuneId id, String policy) {
        dsl.update(COMMUNE)
                .set(COMMUNE.JOIN_POLICY, policy)
                .where(COMMUNE.ID.eq(id.value()))
                .execute();
    }

    private static Condition byStatus(@Nullable CommuneStatus status) {
        return status == null ? DSL.noCondition() : COMMUNE.STATUS.eq(status.name());
    }

    private static Provisioning provisioning(CommuneRecord r) {
        return new Provisioning(
                CommuneStatus.valueOf(r.getStatus()),
                r.getOrganizationId(),
                r.getAssemblyReadyAt() != null,
                r.getPlanReadyAt() != null,
                r.getProvisioningAttempts());
    }

    private static CommuneView toView(CommuneRecord r) {
        var commune = new Commune(
                new CommuneId(r.getId()),
                new Slug(r.getSlug()),
                r.getName(),
                new Country(r.getCountry()),
                new OfficialCode(new Country(r.getCountry()), r.getOfficialCode()),
                r.getPopulation(),
                r.getContactEmail(),
                Arrays.stream(r.getLanguages())
                        .map(code -> Language.ofCode(code).orElseThrow())
                        .toList(),
                CommuneStatus.valueOf(r.getStatus()));
        return new CommuneView(
                commune,
                provisioning(r),
                r.getFailureReason(),
                r.getSuspensionReason(),
                new CommuneView.Details(
                        List.of(r.getPostalCodes()), r.getDescription(), r.getJoinPolicy(), r.getCreatedAt()));
    }
}
