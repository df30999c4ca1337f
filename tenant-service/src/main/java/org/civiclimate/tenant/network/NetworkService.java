package org.civiclimate.tenant.network;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.tenant.commune.CommuneService;
import org.civiclimate.tenant.roles.RoleService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Networks and their coordinators. What a network does to a commune goes through {@link CommuneNetworkService}. */
@Service
public class NetworkService {

    private final NetworkRepository networks;
    private final RoleService roles;
    private final CommuneService communes;

    NetworkService(NetworkRepository networks, RoleService roles, CommuneService communes) {
        this.networks = networks;
        this.roles = roles;
        this.communes = communes;
    }

    /** An operator or a commune's admin creates a network, and coordinates it. */
    @Transactional
    public Network create(Caller caller, String slug, String name, String description) {
        if (!caller.isOperator() && !roles.isAdminAnywhere(caller.userId())) {
            throw new ApiProblem(
                    ProblemTypes.FORBIDDEN,
                    "Only the platform's operators and communes' administrators create networks");
        }
        if (networks.slugExists(slug)) {
            throw NetworkProblems.slugTaken(slug);
        }
        var id = UUID.randomUUID();
        try {
            networks.insert(id, slug, name.strip(), description.strip(), caller.userId());
        } catch (DuplicateKeyException e) {
            throw NetworkProblems.slugTaken(slug);
        }
        roles.remember(caller);
        networks.appoint(id, caller.userId(), caller.userId());
        return network(slug);
    }

    @Transactional(readOnly = true)
    public PageResponse<ListedNetwork> list(int page, int size, Caller caller) {
        return new PageResponse<>(networks.page(page, size, caller.userId()), page, size, networks.count());
    }

    @Transactional(readOnly = true)
    public ListedNetwork get(String slug, Caller caller) {
        var network = network(slug);
        return new ListedNetwork(network, networks.coordinates(network.id(), caller.userId()));
    }

    /** The network, which the caller must coordinate (operators may too). */
    @Transactional(readOnly = true)
    public Network coordinated(String slug, Caller caller) {
        var network = network(slug);
        if (!caller.isOperator() && !networks.coordinates(network.id(), caller.userId())) {
            throw NetworkProblems.notCoordinator();
        }
        return network;
    }

    @Transactional(readOnly = true)
    public List<Coordinator> coordinators(String slug, Caller caller) {
        return networks.coordinators(coordinated(slug, caller).id());
    }

    /**
     * Makes the user a coordinator of the network (being one already is fine), once they accepted an invitation
     * ({@code invitation} feature); the network.
     */
    @Transactional
    public Network appoint(UUID network, String userId, String appointedBy) {
        networks.appoint(network, userId, appointedBy);
        return networks.find(network).orElseThrow();
    }

    /** A coordinator dismisses one (themself included); the last one stays. */
    @Transactional
    public List<Coordinator> dismiss(String slug, Caller caller, String userId) {
        var network = coordinated(slug, caller);
        var current = networks.lockCoordinators(network.id());
        if (current.stream().anyMatch(c -> c.userId().equals(userId)) && current.size() <= 1) {
            throw NetworkProblems.lastCoordinator();
        }
        networks.dismiss(network.id(), userId);
        return networks.coordinators(network.id());
    }

    /** The network's communes and what each shares, for its coordinators (a policy shows them those rows). */
    @Transactional(readOnly = true)
    public List<NetworkCommune> communes(String slug, Caller caller) {
        var network = network(slug);
        if (!networks.coordinates(network.id(), caller.userId())) {
            throw NetworkProblems.notCoordinator();
        }
        return networks.communesOf(network.id());
    }

    /** The commune a coordinator names, which must exist. */
    @Transactional(readOnly = true)
    public CommuneId commune(String slug) {
        return communes.idOf(slug)
                .orElseThrow(() -> new ApiProblem(
                        ProblemTypes.UNPROCESSABLE,
                        "No commune has the slug '" + slug + "'",
                        List.of(new FieldProblem("commune", FieldCode.NOT_FOUND, "is not a commune's slug"))));
    }

    private Network network(String slug) {
        return networks.find(slug).orElseThrow(() -> NetworkProblems.networkNotFound(slug));
    }
}
