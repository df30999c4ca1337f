package org.civiclimate.tenant.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.TextRules;
import org.civiclimate.tenant.network.domain.IndicatorGroup;
import org.civiclimate.tenant.network.domain.NetworkMembership;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/networks}: networks, their coordinators and their communes (coordinators are invited by the
 * {@code invitation} feature); {@code /api/communes/{slug}/networks}: a commune's networks, joining and leaving them,
 * and what it shares with each.
 */
@RestController
class NetworkResource {

    private static final String SLUG = TextRules.SLUG;

    private final NetworkService networks;
    private final CommuneNetworkService communeNetworks;

    NetworkResource(NetworkService networks, CommuneNetworkService communeNetworks) {
        this.networks = networks;
        this.communeNetworks = communeNetworks;
    }

    record CreateNetworkRequest(
            @NotBlank @Size(max = 63) @Pattern(regexp = SLUG, message = "must be lower-case letters, digits and dashes")
            String slug,

            @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
            String name,

            @Nullable @Size(max = 2000) String description) {}

    record NetworkResponse(String slug, String name, String description, boolean coordinating) {
        static NetworkResponse of(ListedNetwork listed) {
            var network = listed.network();
            return new NetworkResponse(network.slug(), network.name(), network.description(), listed.coordinating());
        }
    }

    record InviteCommuneRequest(
            @NotBlank @Size(max = 63) @Pattern(regexp = SLUG, message = "is not a commune's slug")
            String commune) {}

    record Standing(String network, NetworkMembership status) {}

    record Sharing(String network, List<IndicatorGroup> sharing) {}

    @Operation(operationId = "createNetwork", summary = "Create a network")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "409", description = "The slug is taken")
    @PostMapping("/api/networks")
    ResponseEntity<NetworkResponse> create(@Valid @RequestBody CreateNetworkRequest request, Caller caller) {
        var network = networks.create(
                caller, request.slug(), request.name(), request.description() == null ? "" : request.description());
        return ResponseEntity.created(URI.create("/api/networks/" + network.slug()))
                .body(NetworkResponse.of(new ListedNetwork(network, true)));
    }

    @Operation(operationId = "listNetworks", summary = "List networks")
    @GetMapping("/api/networks")
    PageResponse<NetworkResponse> list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        return networks.list(page, size, caller).map(NetworkResponse::of);
    }

    @Operation(operationId = "getNetwork", summary = "Get a network")
    @GetMapping("/api/networks/{slug}")
    NetworkResponse get(@PathVariable String slug, Caller caller) {
        return NetworkResponse.of(networks.get(slug, caller));
    }

    @Operation(operationId = "listCoordinators", summary = "List the coordinators of a network")
    @GetMapping("/api/networks/{slug}/coordinators")
    List<Coordinator> coordinators(@PathVariable String slug, Caller caller) {
        return networks.coordinators(slug, caller);
    }

    @Operation(operationId = "dismissCoordinator", summary = "Dismiss a coordinator")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "This is the network's only coordinator")
    @DeleteMapping("/api/networks/{slug}/coordinators/{userId}")
    List<Coordinator> dismiss(@PathVariable String slug, @PathVariable @Size(max = 255) String userId, Caller caller) {
        return networks.dismiss(slug, caller, userId);
    }

    @Operation(operationId = "listNetworkCommunes", summary = "List the communes of a network")
    @GetMapping("/api/networks/{slug}/communes")
    List<NetworkCommune> communes(@PathVariable String slug, Caller caller) {
        return networks.communes(slug, caller);
    }

    /** A coordinator invites a commune (or accepts its request). */
    @Operation(operationId = "inviteCommuneToNetwork", summary = "Invite a commune to a network")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is already in the network")
    @ApiResponse(responseCode = "422", description = "No commune has this slug")
    @PostMapping("/api/networks/{slug}/communes")
    Standing inviteCommune(@PathVariable String slug, @Valid @RequestBody InviteCommuneRequest request, Caller caller) {
        var network = networks.coordinated(slug, caller);
        var commune = networks.commune(request.commune());
        return new Standing(
                slug, CommuneContext.callAs(commune, () -> communeNetworks.invite(commune, caller, network)));
    }

    @Operation(operationId = "removeCommuneFromNetwork", summary = "Remove a commune from a network")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", description = "The commune is not a member of this network")
    @ApiResponse(responseCode = "422", description = "No commune has this slug")
    @DeleteMapping("/api/networks/{slug}/communes/{commune}")
    ResponseEntity<Void> removeCommune(@PathVariable String slug, @PathVariable String commune, Caller caller) {
        var network = networks.coordinated(slug, caller);
        var id = networks.commune(commune);
        CommuneContext.runAs(id, () -> communeNetworks.remove(id, caller, network));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listCommuneNetworks", summary = "List the networks of a commune")
    @GetMapping("/api/communes/{slug}/networks")
    List<CommuneNetwork> networksOfCommune(@PathVariable String slug, Caller caller) {
        return communeNetworks.networks(CommuneContext.require(), caller);
    }

    /** The commune's admin asks to join (or accepts the invitation). */
    @Operation(operationId = "joinNetwork", summary = "Join a network")
    @PutMapping("/api/communes/{slug}/networks/{network}")
    Standing join(@PathVariable String slug, @PathVariable String network, Caller caller) {
        return new Standing(network, communeNetworks.join(CommuneContext.require(), caller, network));
    }

    @Operation(operationId = "leaveNetwork", summary = "Leave a network")
    @ApiResponse(responseCode = "204", description = "Left")
    @ApiResponse(responseCode = "409", description = "The commune is not a member of this network")
    @DeleteMapping("/api/communes/{slug}/networks/{network}")
    ResponseEntity<Void> leave(@PathVariable String slug, @PathVariable String network, Caller caller) {
        communeNetworks.leave(CommuneContext.require(), caller, network);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "shareIndicators", summary = "Share indicators with a network")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is not a member of this network")
    @PutMapping("/api/communes/{slug}/networks/{network}/sharing/{group}")
    Sharing share(
            @PathVariable String slug,
            @PathVariable String network,
            @PathVariable IndicatorGroup group,
            Caller caller) {
        return new Sharing(network, communeNetworks.share(CommuneContext.require(), caller, network, group));
    }

    @Operation(operationId = "withdrawIndicators", summary = "Stop sharing indicators with a network")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The commune is not a member of this network")
    @DeleteMapping("/api/communes/{slug}/networks/{network}/sharing/{group}")
    Sharing withdraw(
            @PathVariable String slug,
            @PathVariable String network,
            @PathVariable IndicatorGroup group,
            Caller caller) {
        return new Sharing(network, communeNetworks.withdraw(CommuneContext.require(), caller, network, group));
    }
}
