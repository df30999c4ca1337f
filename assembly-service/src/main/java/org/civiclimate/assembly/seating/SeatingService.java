package org.civiclimate.assembly.seating;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.assembly.draws.DrawService;
import org.civiclimate.assembly.draws.DrawnPanel;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.ProblemTypes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of seating a drawn panel: staff offer its seats and follow the answers (recording a refusal told them by
 * phone or letter); the person accepts by signing in with the address the offer went to, or refuses by its link; a
 * refusal or a lapsed offer calls the next reserve that keeps the quotas. Each draw's seating is locked while an
 * answer is taken, so that two answers at once never call the same reserve.
 */
@Service
public class SeatingService {

    private static final Logger log = LoggerFactory.getLogger(SeatingService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SeatingRepository seatings;
    private final DrawService draws;
    private final AssemblyService assemblies;
    private final CommuneAccess access;
    private final EventOutbox outbox;
    private final Validator validator;
    private final Clock clock;

    SeatingService(
            SeatingRepository seatings,
            DrawService draws,
            AssemblyService assemblies,
            CommuneAccess access,
            EventOutbox outbox,
            Validator validator,
            Clock clock) {
        this.seatings = seatings;
        this.draws = draws;
        this.assemblies = assemblies;
        this.access = access;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Offers each selected volunteer their seat, once per draw: 409 if it was done, or if the assembly has fewer vacant
     * seats than the panel; 400 naming each selected volunteer without an address.
     */
    @Transactional
    public SeatingView start(UUID assembly, UUID draw, SeatingRequest request, Caller caller) {
        access.requireStaff(caller);
        var panel = draws.panel(assembly, draw);
        var checks = FieldChecks.of(validator, request);
        for (int i = 0; i < panel.selected().size(); i++) {
            var candidate = panel.selected().get(i);
            if (candidate.email() == null) {
                checks.add(
                        "selected[" + i + "].email",
                        FieldCode.REQUIRED,
                        candidate.pseudonym() + " has no email address in the pool: their seat cannot be offered");
            }
        }
        var today = assemblies.today();
        if (checks.isFine("startsOn")
                && request.startsOn() != null
                && request.startsOn().isAfter(today.plusYears(1))) {
            checks.add(
                    "startsOn",
                    FieldCode.TOO_LARGE,
                    Map.of("max", today.plusYears(1).toString()),
                    "must be within a year from today");
        }
        checks.throwIfAny();
        // Seats vacant today, less those promised to offers of the assembly's other draws still waiting.
        int vacant = assemblies.lockVacantSeats(assembly) - seatings.waitingElsewhere(assembly, draw);
        if (vacant < panel.selected().size()) {
            throw new ApiProblem(
                    SeatingProblems.NOT_ENOUGH_SEATS,
                    "The assembly has " + vacant + " vacant seats for a panel of "
                            + panel.selected().size());
        }
        CommuneId commune = CommuneContext.require();
        if (!seatings.start(commune, draw, request.answerWithinDays(), request.startsOn(), caller.userId())) {
            throw new ApiProblem(SeatingProblems.SEATING_STARTED, "The draw's seats were already offered");
        }
        var deadline = now().plusDays(request.answerWithinDays());
        for (int i = 0; i < panel.selected().size(); i++) {
            offer(commune, assembly, panel, i, panel.selected().get(i), false, null, deadline);
        }
        return view(assembly, panel, seatings.seating(draw).orElseThrow());
    }

    @Transactional(readOnly = true)
    public SeatingView seating(UUID assembly, UUID draw, Caller caller) {
        access.requireStaff(caller);
        var panel = draws.panel(assembly, draw);
        var seating = seatings.seating(draw).orElseThrow(SeatingProblems::notStarted);
        return view(assembly, panel, seating);
    }

    /** Staff record a refusal the person told them of; the next reserve is called. */
    @Transactional
    public SeatingView refuseFor(UUID assembly, UUID draw, UUID offer, Caller caller) {
        access.requireStaff(caller);
        var panel = draws.panel(assembly, draw);
        var seating = seatings.lock(draw).orElseThrow(SeatingProblems::notStarted);
        var found =
                seatings.find(offer).filter(o -> o.drawId().equals(draw)).orElseThrow(SeatingProblems::offerNotFound);
        close(found, SeatOfferStatus.DECLINED, caller.userId(), panel, seating);
        return view(assembly, panel, seatings.seating(draw).orElseThrow());
    }

    /** The offer as its link shows it, signed out. */
    @Transactional(readOnly = true)
    public PublicSeatOffer publicOffer(UUID offer) {
        var found = seatings.find(offer).orElseThrow(SeatingProblems::offerNotFound);
        return publicView(found);
    }

    /**
     * The person refuses their seat by the offer's emailed link, which carries its key, or signed in with the address
     * it went to (403 otherwise); the next reserve is called.
     */
    @Transactional
    public PublicSeatOffer refuse(UUID offer, @Nullable String key, Optional<Caller> caller) {
        var found = seatings.find(offer).orElseThrow(SeatingProblems::offerNotFound);
        var panel = draws.panel(found.assemblyId(), found.drawId());
        boolean byLink = key != null && seatings.keyMatches(offer, hash(key));
        if (!byLink && !isAddressee(caller, candidate(panel, found.pseudonym()).email())) {
            throw new ApiProblem(
                    SeatingProblems.OFFER_KEY_INVALID,
                    "Open the link of the email the offer came with, or sign in with the address it went to");
        }
        var seating = seatings.lock(found.drawId()).orElseThrow();
        close(seatings.find(offer).orElseThrow(), SeatOfferStatus.DECLINED, null, panel, seating);
        return publicView(seatings.find(offer).orElseThrow());
    }

    /**
     * The person accepts their seat, signed in with the verified address the offer went to (403 otherwise), before the
     * deadline: they are seated on the lowest vacant seat with a mandate chosen by the draw.
     */
    @Transactional
    public PublicSeatOffer accept(UUID offer, Caller caller) {
        var found = seatings.find(offer).orElseThrow(SeatingProblems::offerNotFound);
        var seating = seatings.lock(found.drawId()).orElseThrow();
        found = seatings.find(offer).orElseThrow();
        var panel = draws.panel(found.assemblyId(), found.drawId());
        var candidate = candidate(panel, found.pseudonym());
        String address = candidate.email() == null ? "" : candidate.email();
        if (!isAddressee(Optional.of(caller), candidate.email())) {
            throw new ApiProblem(
                    SeatingProblems.OFFER_FOR_ANOTHER_ADDRESS,
                    "The offer went to " + masked(address) + ": sign in with that address (verified) to accept it");
        }
        requireOpen(found);
        String name = caller.name() != null && !caller.name().isBlank()
                ? caller.name()
                : candidate.name() != null ? candidate.name() : address;
        UUID mandate = assemblies.seatDrawn(
                found.assemblyId(), found.drawId(), caller.userId(), name, seating.startsOn(), caller.userId());
        seatings.answer(offer, SeatOfferStatus.ACCEPTED, now(), caller.userId(), caller.userId(), mandate);
        return publicView(seatings.find(offer).orElseThrow());
    }

    /**
     * Whether the caller is signed in with the verified address the offer went to ({@code address}): compared in lower case without
     * locale rules, so that no look-alike letter (a dotless ı) passes for another.
     */
    private static boolean isAddressee(Optional<Caller> caller, @Nullable String address) {
        return address != null
                && caller.flatMap(Caller::verifiedEmail)
                        .map(address.toLowerCase(Locale.ROOT)::equals)
                        .orElse(false);
    }

    /**
     * Closes the bound commune's offers past their deadline, each calling the next reserve; how many draws it went
     * through (at most {@code limit}).
     */
    @Transactional
    public int lapseDue(int limit) {
        var due = seatings.drawsWithLapsedOffers(now(), limit);
        for (var draw : due) {
            var seating = seatings.lock(draw).orElseThrow();
            var offers = seatings.offers(draw);
            var panel = draws.panel(offers.getFirst().assemblyId(), draw);
            for (var offer : offers) {
                if (offer.status() == SeatOfferStatus.OFFERED
                        && !offer.deadline().isAfter(now())) {
                    close(offer, SeatOfferStatus.EXPIRED, null, panel, seating);
                }
            }
        }
        return due.size();
    }

    /** A person deleted their account: the offers they answered no longer name them. */
    @Transactional
    public void erase(String userId) {
        seatings.erase(userId);
    }

    /** Ends a waiting offer (409 if it is not) and calls the reserve that best keeps the quotas, if any is left. */
    private void close(
            SeatingRepository.Offer offer,
            SeatOfferStatus status,
            @Nullable String answeredBy,
            DrawnPanel panel,
            SeatingRepository.Seating seating) {
        if (status != SeatOfferStatus.EXPIRED) {
            requireOpen(offer);
        }
        seatings.answer(offer.id(), status, now(), answeredBy, null, null);
        callReserve(offer, panel, seating);
    }

    /**
     * Replaces a member seated by the draw who withdrew: the reserve who best keeps the quotas is offered the seat, and
     * the replacement recorded (who asked, when, whom it called, how many seats the quotas are off by with them). 409
     * for an offer whose person is not a withdrawn member; asking again for the same one changes nothing.
     */
    @Transactional
    public SeatingView replace(UUID assembly, UUID draw, UUID offer, Caller caller) {
        access.requireStaff(caller);
        var panel = draws.panel(assembly, draw);
        var seating = seatings.lock(draw).orElseThrow(SeatingProblems::notStarted);
        var found =
                seatings.find(offer).filter(o -> o.drawId().equals(draw)).orElseThrow(SeatingProblems::offerNotFound);
        boolean replaced = seatings.replacements(draw).stream()
                .anyMatch(replacement -> replacement.withdrawnOffer().equals(offer));
        if (!replaced) {
            if (!withdrew(found)) {
                throw new ApiProblem(
                        SeatingProblems.MEMBER_NOT_WITHDRAWN,
                        "The offer's person is not a member of this draw who withdrew");
            }
            // The seat the member left may have been filled since (by appointment, or another draw's offers).
            long waitingHere = seatings.offers(draw).stream()
                    .filter(each -> each.status() == SeatOfferStatus.OFFERED)
                    .count();
            int vacant = assemblies.lockVacantSeats(assembly) - seatings.waitingElsewhere(assembly, draw);
            if (vacant - waitingHere < 1) {
                throw new ApiProblem(
                        SeatingProblems.NOT_ENOUGH_SEATS,
                        "The assembly has no vacant seat left for a replacement: every seat is held or promised");
            }
            var called = callReserve(found, panel, seating);
            seatings.recordReplacement(
                    CommuneContext.require(),
                    draw,
                    offer,
                    called.map(Called::offer).orElse(null),
                    called.map(Called::brokenSeats).orElse(null),
                    caller.userId());
        }
        return view(assembly, panel, seatings.seating(draw).orElseThrow());
    }

    /** A reserve offered a seat, and the seats by which the quotas are off with them. */
    private record Called(UUID offer, int brokenSeats) {}

    /**
     * Offers the seat {@code leaving} leaves to the reserve that best keeps the quotas among the panel as it sits now
     * (waiting offers and members still seated), if any reserve with an address is left.
     */
    private Optional<Called> callReserve(
            SeatingRepository.Offer leaving, DrawnPanel panel, SeatingRepository.Seating seating) {
        var offers = seatings.offers(leaving.drawId());
        var offered = new HashSet<String>();
        var seated = new ArrayList<DrawnPanel.Candidate>();
        for (var each : offers) {
            offered.add(each.pseudonym());
            boolean sits = each.status() == SeatOfferStatus.OFFERED
                    || (each.status() == SeatOfferStatus.ACCEPTED && !withdrew(each));
            if (sits && !each.id().equals(leaving.id())) {
                seated.add(candidate(panel, each.pseudonym()));
            }
        }
        var gone = candidate(panel, leaving.pseudonym());
        seated.add(gone);
        var left = reservesLeft(panel, offered);
        int next = panel.nextReserve(seated, gone, left);
        if (next < 0) {
            log.info("Draw {}: no reserve left to offer the seat {} left", leaving.drawId(), leaving.pseudonym());
            return Optional.empty();
        }
        var reserve = left.get(next);
        UUID id = offer(
                CommuneContext.require(),
                leaving.assemblyId(),
                panel,
                offers.size(),
                reserve,
                true,
                leaving.id(),
                now().plusDays(seating.answerDays()));
        return Optional.of(new Called(id, panel.brokenAfter(seated, gone, reserve)));
    }

    /** Whether the offer seated its person, who has since withdrawn from the assembly. */
    private boolean withdrew(SeatingRepository.Offer offer) {
        return offer.status() == SeatOfferStatus.ACCEPTED
                && offer.mandateId() != null
                && assemblies.withdrawn(offer.assemblyId(), offer.mandateId());
    }

    private UUID offer(
            CommuneId commune,
            UUID assembly,
            DrawnPanel panel,
            int position,
            DrawnPanel.Candidate candidate,
            boolean fromReserves,
            @Nullable UUID replaces,
            OffsetDateTime deadline) {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var id = seatings.offer(
                commune, panel.drawId(), position, candidate.pseudonym(), hash(key), fromReserves, replaces, deadline);
        outbox.publish(
                commune,
                new SeatOffered(
                        commune.value(),
                        assembly,
                        panel.drawId(),
                        id,
                        key,
                        Objects.requireNonNull(candidate.email()),
                        assemblies.get(assembly).name(),
                        deadline,
                        assemblies.zone().getId(),
                        fromReserves));
        return id;
    }

    /** The reserves not offered a seat yet, in calling order; those without an address cannot be. */
    private static List<DrawnPanel.Candidate> reservesLeft(DrawnPanel panel, Set<String> offered) {
        return panel.reserves().stream()
                .filter(reserve -> reserve.email() != null && !offered.contains(reserve.pseudonym()))
                .toList();
    }

    private void requireOpen(SeatingRepository.Offer offer) {
        if (offer.status() != SeatOfferStatus.OFFERED) {
            throw new ApiProblem(
                    SeatingProblems.OFFER_ANSWERED,
                    "The offer is " + offer.status().name().toLowerCase());
        }
        if (!offer.deadline().isAfter(now())) {
            throw new ApiProblem(SeatingProblems.OFFER_ANSWERED, "The offer's deadline passed on " + offer.deadline());
        }
    }

    private SeatingView view(UUID assembly, DrawnPanel panel, SeatingRepository.Seating seating) {
        var offers = seatings.offers(panel.drawId());
        var offered = new HashSet<String>();
        int accepted = 0;
        int waiting = 0;
        var views = new ArrayList<SeatOfferView>();
        for (var offer : offers) {
            offered.add(offer.pseudonym());
            accepted += offer.status() == SeatOfferStatus.ACCEPTED ? 1 : 0;
            waiting += offer.status() == SeatOfferStatus.OFFERED ? 1 : 0;
            var candidate = candidate(panel, offer.pseudonym());
            views.add(new SeatOfferView(
                    offer.id(),
                    offer.pseudonym(),
                    candidate.name(),
                    candidate.email(),
                    candidate.features(),
                    offer.fromReserves(),
                    offer.replaces(),
                    offer.status(),
                    offer.offeredAt(),
                    offer.deadline(),
                    offer.answeredAt(),
                    offer.mandateId(),
                    withdrew(offer)));
        }
        return new SeatingView(
                panel.drawId(),
                seating.answerDays(),
                seating.startsOn(),
                seating.startedAt(),
                panel.selected().size(),
                accepted,
                waiting,
                reservesLeft(panel, offered).size(),
                views,
                replacements(offers));
    }

    /**
     * A completed draw's replacements as anyone sees them, signed out: pseudonyms only, nobody's name; 404 for a draw
     * not completed.
     */
    @Transactional(readOnly = true)
    public List<PublicReplacement> publicReplacements(UUID draw) {
        draws.publicRecord(draw);
        return replacements(seatings.offers(draw)).stream()
                .map(replacement -> new PublicReplacement(
                        replacement.withdrawn(),
                        replacement.reserve(),
                        replacement.brokenSeats(),
                        replacement.requestedAt()))
                .toList();
    }

    /** The draw's replacements with the pseudonyms of their offers. */
    private List<SeatReplacement> replacements(List<SeatingRepository.Offer> offers) {
        if (offers.isEmpty()) {
            return List.of();
        }
        var pseudonyms = new HashMap<UUID, String>();
        offers.forEach(offer -> pseudonyms.put(offer.id(), offer.pseudonym()));
        return seatings.replacements(offers.getFirst().drawId()).stream()
                .map(replacement -> new SeatReplacement(
                        replacement.withdrawnOffer(),
                        pseudonyms.get(replacement.withdrawnOffer()),
                        replacement.reserveOffer(),
                        replacement.reserveOffer() == null ? null : pseudonyms.get(replacement.reserveOffer()),
                        replacement.brokenSeats(),
                        replacement.requestedBy(),
                        replacement.requestedAt()))
                .toList();
    }

    private PublicSeatOffer publicView(SeatingRepository.Offer offer) {
        var assembly = assemblies.get(offer.assemblyId());
        var panel = draws.panel(offer.assemblyId(), offer.drawId());
        var seating = seatings.seating(offer.drawId()).orElseThrow();
        var candidate = candidate(panel, offer.pseudonym());
        return new PublicSeatOffer(
                offer.id(),
                offer.assemblyId(),
                assembly.name(),
                assembly.mandateMonths(),
                offer.status(),
                offer.deadline(),
                offer.status() == SeatOfferStatus.OFFERED && !offer.deadline().isAfter(now()),
                seating.startsOn(),
                masked(candidate.email() == null ? "" : candidate.email()));
    }

    private static DrawnPanel.Candidate candidate(DrawnPanel panel, String pseudonym) {
        return panel.find(pseudonym)
                .orElseThrow(() -> new ApiProblem(ProblemTypes.NOT_FOUND, "No such volunteer in the draw"));
    }

    private static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address as a hint of which to sign in with: {@code c•••@uccle.demo}. */
    static String masked(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return address.charAt(0) + "•••" + address.substring(at);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
