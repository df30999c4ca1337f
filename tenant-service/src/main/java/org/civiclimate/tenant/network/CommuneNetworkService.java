package org.civiclimate.tenant.network;

import java.util.List;
import java.util.Map;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.audit.AuditAction;
import org.civiclimate.tenant.audit.AuditService;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.network.domain.IndicatorGroup;
import org.civiclimate.tenant.network.domain.NetworkMembership;
import org.civiclimate.tenant.roles.RoleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commune's places in networks, in the bound commune's transactions: its admins' requests, consents and
 * departures, and the steps coordinators take for it; each one in the commune's audit trail.
 */
@Service
public class CommuneNetworkService {

    private final NetworkRepository networks;
    private final RoleService roles;
    private final AuditService audit;
    private final EventOutbox outbox;
    private final CommuneService communes;

    CommuneNetworkService(
            NetworkRepository networks,
            RoleService roles,
            AuditService audit,
            EventOutbox outbox,
            CommuneService communes) {
        this.networks = networks;
        this.roles = roles;
        this.audit = audit;
        this.outbox = outbox;
        this.communes = communes;
    }

    /** The commune's networks, for its members. */
    @Transactional(readOnly = true)
    public List<CommuneNetwork> networks(CommuneId commune, Caller caller) {
        roles.requireMemberOrOperator(commune, caller);
        return networks.networksOf(commune);
    }

    /** The commune's admin asks to join the network, or accepts its invitation. */
    @Transactional
    public NetworkMembership join(CommuneId commune, Caller caller, String slug) {
        roles.requireAdmin(commune, caller);
        var network = network(slug);
        var before = networks.standing(commune, network.id());
        var after = NetworkMembership.afterRequest(before);
        if (before.orElse(null) != after) {
            networks.stand(commune, network.id(), after);
            audit.record(
                    commune,
                    caller.userId(),
                    after.shares() ? AuditAction.NETWORK_JOINED : AuditAction.NETWORK_JOIN_REQUESTED,
                    Map.of("network", slug));
        }
        return after;
    }

    /** The network's coordinator invites the commune, or accepts its request. */
    @Transactional
    public NetworkMembership invite(CommuneId commune, Caller coordinator, Network network) {
        // Its path names the network, not the commune: the tenancy filter cannot refuse it.
        communes.requireWritable(commune);
        var before = networks.standing(commune, network.id());
        var after = NetworkMembership.afterInvitation(before);
        if (before.orElse(null) != after) {
            networks.stand(commune, network.id(), after);
            audit.record(
                    commune,
                    coordinator.userId(),
                    after.shares() ? AuditAction.NETWORK_JOINED : AuditAction.NETWORK_INVITED,
                    Map.of("network", network.slug()));
        }
        return after;
    }

    /** The commune's admin leaves the network (or declines its invitation); it no longer shares anything there. */
    @Transactional
    public void leave(CommuneId commune, Caller caller, String slug) {
        roles.requireAdmin(commune, caller);
        remove(commune, caller, network(slug));
    }

    /** Takes the commune out of the network, at its admins' or the network's coordinators' will. */
    @Transactional
    public void remove(CommuneId commune, Caller caller, Network network) {
        communes.requireWritable(commune);
        boolean shared = !networks.shared(commune, network.id()).isEmpty();
        if (networks.remove(commune, network.id())) {
            audit.record(commune, caller.userId(), AuditAction.NETWORK_LEFT, Map.of("network", network.slug()));
            if (shared) {
                announce(commune, network);
            }
        }
    }

    /** The commune's admin shares an indicator group with a network the commune is a member of. */
    @Transactional
    public List<IndicatorGroup> share(CommuneId commune, Caller caller, String slug, IndicatorGroup group) {
        roles.requireAdmin(commune, caller);
        var network = network(slug);
        if (!networks.standing(commune, network.id())
                .map(NetworkMembership::shares)
                .orElse(false)) {
            throw NetworkProblems.notAMember(network.name());
        }
        if (networks.share(commune, network.id(), group, caller.userId())) {
            audit.record(
                    commune,
                    caller.userId(),
                    AuditAction.SHARING_GRANTED,
                    Map.of("network", slug, "group", group.name()));
            announce(commune, network);
        }
        return networks.shared(commune, network.id());
    }

    /** The commune's admin withdraws the consent for an indicator group. */
    @Transactional
    public List<IndicatorGroup> withdraw(CommuneId commune, Caller caller, String slug, IndicatorGroup group) {
        roles.requireAdmin(commune, caller);
        var network = network(slug);
        if (networks.withdraw(commune, network.id(), group)) {
            audit.record(
                    commune,
                    caller.userId(),
                    AuditAction.SHARING_WITHDRAWN,
                    Map.of("network", slug, "group", group.name()));
            announce(commune, network);
        }
        return networks.shared(commune, network.id());
    }

    private void announce(CommuneId commune, Network network) {
        var groups =
                networks.shared(commune, network.id()).stream().map(Enum::name).toList();
        outbox.publish(commune, new NetworkSharingChanged(commune.value(), network.id(), network.slug(), groups));
    }

    private Network network(String slug) {
        return networks.find(slug).orElseThrow(() -> NetworkProblems.networkNotFound(slug));
    }
}
