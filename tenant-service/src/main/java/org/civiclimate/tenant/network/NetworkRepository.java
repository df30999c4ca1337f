package org.civiclimate.tenant.network;

import static org.civiclimate.tenant.db.Tables.COMMUNE;
import static org.civiclimate.tenant.db.Tables.NETWORK;
import static org.civiclimate.tenant.db.Tables.NETWORK_CONSENT;
import static org.civiclimate.tenant.db.Tables.NETWORK_COORDINATOR;
import static org.civiclimate.tenant.db.Tables.NETWORK_MEMBER;
import static org.civiclimate.tenant.db.Tables.PERSON;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.network.domain.IndicatorGroup;
import org.civiclimate.tenant.network.domain.NetworkMembership;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Networks, their coordinators, and communes' places in them. A commune's rows are read and written with the commune
 * bound (row-level security), or read by the network's coordinators (a policy lets them).
 */
@Repository
class NetworkRepository {

    private final DSLContext dsl;

    NetworkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean slugExists(String slug) {
        return dsl.fetchExists(NETWORK, NETWORK.SLUG.eq(slug));
    }

    void insert(UUID id, String slug, String name, String description, String createdBy) {
        dsl.insertInto(NETWORK)
                .set(NETWORK.ID, id)
                .set(NETWORK.SLUG, slug)
                .set(NETWORK.NAME, name)
                .set(NETWORK.DESCRIPTION, description)
                .set(NETWORK.CREATED_BY, createdBy)
                .execute();
    }

    Optional<Network> find(String slug) {
        return find(NETWORK.SLUG.eq(slug));
    }

    Optional<Network> find(UUID id) {
        return find(NETWORK.ID.eq(id));
    }

    private Optional<Network> find(Condition which) {
        return dsl.select(NETWORK.ID, NETWORK.SLUG, NETWORK.NAME, NETWORK.DESCRIPTION)
                .from(NETWORK)
                .where(which)
                .fetchOptional(r -> new Network(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** A page of networks, each with whether the user coordinates it, in one query. */
    List<ListedNetwork> page(int page, int size, String userId) {
        return dsl.select(
                        NETWORK.ID,
                        NETWORK.SLUG,
                        NETWORK.NAME,
                        NETWORK.DESCRIPTION,
                        DSL.exists(DSL.selectOne()
                                .from(NETWORK_COORDINATOR)
                                .where(NETWORK_COORDINATOR.NETWORK_ID.eq(NETWORK.ID))
                                .and(NETWORK_COORDINATOR.USER_ID.eq(userId))))
                .from(NETWORK)
                .orderBy(NETWORK.NAME, NETWORK.SLUG)
                .limit(size)
                .offset((long) page * size)
                .fetch(r -> new ListedNetwork(new Network(r.value1(), r.value2(), r.value3(), r.value4()), r.value5()));
    }

    int count() {
        return dsl.fetchCount(NETWORK);
    }

    void appoint(UUID network, String userId, String appointedBy) {
        dsl.insertInto(NETWORK_COORDINATOR)
                .set(NETWORK_COORDINATOR.NETWORK_ID, network)
                .set(NETWORK_COORDINATOR.USER_ID, userId)
                .set(NETWORK_COORDINATOR.APPOINTED_BY, appointedBy)
                .onConflictDoNothing()
                .execute();
    }

    boolean dismiss(UUID network, String userId) {
        return dsl.deleteFrom(NETWORK_COORDINATOR)
                        .where(NETWORK_COORDINATOR.NETWORK_ID.eq(network))
                        .and(NETWORK_COORDINATOR.USER_ID.eq(userId))
                        .execute()
                > 0;
    }

    boolean coordinates(UUID network, String userId) {
        return dsl.fetchExists(
                NETWORK_COORDINATOR,
                NETWORK_COORDINATOR.NETWORK_ID.eq(network),
                NETWORK_COORDINATOR.USER_ID.eq(userId));
    }

    /** The coordinators, holding them until the transaction ends (so that the last one cannot be dismissed twice). */
    List<Coordinator> lockCoordinators(UUID network) {
        return coordinatorsQuery(network).forUpdate().of(NETWORK_COORDINATOR).fetch(NetworkRepository::toCoordinator);
    }

    List<Coordinator> coordinators(UUID network) {
        return coordinatorsQuery(network).fetch(NetworkRepository::toCoordinator);
    }

    private org.jooq.SelectConditionStep<org.jooq.Record3<String, String, String>> coordinatorsQuery(UUID network) {
        return dsl.select(NETWORK_COORDINATOR.USER_ID, PERSON.NAME, PERSON.EMAIL)
                .from(NETWORK_COORDINATOR)
                .leftJoin(PERSON)
                .on(PERSON.USER_ID.eq(NETWORK_COORDINATOR.USER_ID))
                .where(NETWORK_COORDINATOR.NETWORK_ID.eq(network));
    }

    private static Coordinator toCoordinator(org.jooq.Record3<String, String, String> r) {
        return new Coordinator(r.value1(), r.value2(), r.value3());
    }

    Optional<NetworkMembership> standing(CommuneId commune, UUID network) {
        return dsl.select(NETWORK_MEMBER.STATUS)
                .from(NETWORK_MEMBER)
                .where(NETWORK_MEMBER.COMMUNE_ID.eq(commune.value()))
                .and(NETWORK_MEMBER.NETWORK_ID.eq(network))
                .forUpdate()
                .fetchOptional(r -> NetworkMembership.valueOf(r.value1()));
    }

    void stand(CommuneId commune, UUID network, NetworkMembership standing) {
        dsl.insertInto(NETWORK_MEMBER)
                .set(NETWORK_MEMBER.COMMUNE_ID, commune.value())
                .set(NETWORK_MEMBER.NETWORK_ID, network)
                .set(NETWORK_MEMBER.STATUS, standing.name())
                .onConflict(NETWORK_MEMBER.COMMUNE_ID, NETWORK_MEMBER.NETWORK_ID)
                .doUpdate()
                .set(NETWORK_MEMBER.STATUS, standing.name())
                .set(NETWORK_MEMBER.CHANGED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    /** Takes the commune out of the network; its consents go with it. */
    boolean remove(CommuneId commune, UUID network) {
        return dsl.deleteFrom(NETWORK_MEMBER)
                        .where(NETWORK_MEMBER.COMMUNE_ID.eq(commune.value()))
                        .and(NETWORK_MEMBER.NETWORK_ID.eq(network))
                        .execute()
                > 0;
    }

    boolean share(CommuneId commune, UUID network, IndicatorGroup group, String grantedBy) {
        return dsl.insertInto(NETWORK_CONSENT)
                        .set(NETWORK_CONSENT.COMMUNE_ID, commune.value())
                        .set(NETWORK_CONSENT.NETWORK_ID, network)
                        .set(NETWORK_CONSENT.INDICATOR_GROUP, group.name())
                        .set(NETWORK_CONSENT.GRANTED_BY, grantedBy)
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }

    boolean withdraw(CommuneId commune, UUID network, IndicatorGroup group) {
        return dsl.deleteFrom(NETWORK_CONSENT)
                        .where(NETWORK_CONSENT.COMMUNE_ID.eq(commune.value()))
                        .and(NETWORK_CONSENT.NETWORK_ID.eq(network))
                        .and(NETWORK_CONSENT.INDICATOR_GROUP.eq(group.name()))
                        .execute()
                > 0;
    }

    List<IndicatorGroup> shared(CommuneId commune, UUID network) {
        return dsl.select(NETWORK_CONSENT.INDICATOR_GROUP)
                .from(NETWORK_CONSENT)
                .where(NETWORK_CONSENT.COMMUNE_ID.eq(commune.value()))
                .and(NETWORK_CONSENT.NETWORK_ID.eq(network))
                .orderBy(NETWORK_CONSENT.INDICATOR_GROUP)
                .fetch(r -> IndicatorGroup.valueOf(r.value1()));
    }

    /** The bound commune's networks, with its standing and what it shares with each. */
    List<CommuneNetwork> networksOf(CommuneId commune) {
        return dsl.select(NETWORK.SLUG, NETWORK.NAME, NETWORK_MEMBER.STATUS, sharedGroups(NETWORK_MEMBER.COMMUNE_ID))
                .from(NETWORK_MEMBER)
                .join(NETWORK)
                .on(NETWORK.ID.eq(NETWORK_MEMBER.NETWORK_ID))
                .where(NETWORK_MEMBER.COMMUNE_ID.eq(commune.value()))
                .orderBy(NETWORK.NAME)
                .fetch(r -> new CommuneNetwork(
                        r.value1(), r.value2(), NetworkMembership.valueOf(r.value3()), groups(r.value4())));
    }

    /** The network's communes as its coordinators see them (a policy shows them every member's row). */
    List<NetworkCommune> communesOf(UUID network) {
        return dsl.select(COMMUNE.SLUG, COMMUNE.NAME, NETWORK_MEMBER.STATUS, sharedGroups(NETWORK_MEMBER.COMMUNE_ID))
                .from(NETWORK_MEMBER)
                .join(COMMUNE)
                .on(COMMUNE.ID.eq(NETWORK_MEMBER.COMMUNE_ID))
                .where(NETWORK_MEMBER.NETWORK_ID.eq(network))
                .orderBy(COMMUNE.NAME)
                .fetch(r -> new NetworkCommune(
                        r.value1(), r.value2(), NetworkMembership.valueOf(r.value3()), groups(r.value4())));
    }

    private static Field<String[]> sharedGroups(Field<UUID> commune) {
        return DSL.field(
                DSL.select(DSL.arrayAgg(NETWORK_CONSENT.INDICATOR_GROUP).orderBy(NETWORK_CONSENT.INDICATOR_GROUP))
                        .from(NETWORK_CONSENT)
                        .where(NETWORK_CONSENT.COMMUNE_ID.eq(commune))
                        .and(NETWORK_CONSENT.NETWORK_ID.eq(NETWORK_MEMBER.NETWORK_ID)));
    }

    private static List<IndicatorGroup> groups(String @Nullable [] names) {
        return names == null
                ? List.of()
                : Arrays.stream(names).map(IndicatorGroup::valueOf).toList();
    }
}
