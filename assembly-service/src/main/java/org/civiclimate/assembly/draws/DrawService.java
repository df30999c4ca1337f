package org.civiclimate.assembly.draws;

import jakarta.validation.Validator;
import java.io.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.assembly.draws.domain.DrawRecord;
import org.civiclimate.assembly.draws.domain.DropoutRates;
import org.civiclimate.assembly.draws.domain.InputProblem;
import org.civiclimate.assembly.draws.domain.Optimizer;
import org.civiclimate.assembly.draws.domain.Pool;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.assembly.draws.domain.Relaxation;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.civiclimate.assembly.draws.domain.Volunteer;
import org.civiclimate.assembly.draws.domain.VolunteerTypes;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use cases of a commune's draws: staff prepare one (settings, quotas, pool), ask for its run, follow it, cancel it
 * and read its result; anyone reads a completed draw's public page and record. The run itself is
 * {@link DrawRunner}'s, through the methods at the end.
 */
@Service
public class DrawService {

    static final int MAX_POOL = 20_000;
    static final int DEFAULT_TIME_BUDGET_SECONDS = 300;
    static final Duration LEASE = Duration.ofMinutes(2);

    private final DrawRepository draws;
    private final InvitationRepository invitations;
    private final RegisterRepository registers;
    private final DropoutHistory history;
    private final AssemblyService assemblies;
    private final CommuneAccess access;
    private final Validator validator;
    private final JsonMapper json;
    private final EventOutbox outbox;
    private final Relaxation relaxation;
    private final int legacyRuns;

    DrawService(
            DrawRepository draws,
            InvitationRepository invitations,
            RegisterRepository registers,
            DropoutHistory history,
            AssemblyService assemblies,
            CommuneAccess access,
            Validator validator,
            JsonMapper json,
            EventOutbox outbox,
            Optimizer optimizer,
            @Value("${civiclimate.assembly.draws.legacy-runs:2000}") int legacyRuns) {
        this.draws = draws;
        this.invitations = invitations;
        this.registers = registers;
        this.history = history;
        this.assemblies = assemblies;
        this.access = access;
        this.validator = validator;
        this.json = json;
        this.outbox = outbox;
        this.relaxation = new Relaxation(optimizer, 30_000);
        this.legacyRuns = legacyRuns;
    }

    @Transactional
    public DrawView create(UUID assembly, DrawRequest request, Caller caller) {
        access.requireStaff(caller);
        assemblies.requireAssembly(assembly);
        FieldChecks.of(validator, request).throwIfAny();
        int budget = request.timeBudgetSeconds() == null ? DEFAULT_TIME_BUDGET_SECONDS : request.timeBudgetSeconds();
        var id = draws.insert(CommuneContext.require(), assembly, request, budget, caller.userId());
        return view(draws.find(assembly, id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<DrawView> all(UUID assembly, Caller caller) {
        access.requireStaff(caller);
        assemblies.requireAssembly(assembly);
        return draws.all(assembly).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public DrawView get(UUID assembly, UUID draw, Caller caller) {
        access.requireStaff(caller);
        return view(draws.find(assembly, draw).orElseThrow(DrawProblems::drawNotFound));
    }

    /** Quotas for a panel from census shares: nothing is stored, staff review them before setting them. */
    @Transactional(readOnly = true)
    public List<Quota> quotasFromShares(UUID assembly, SharesRequest request, Caller caller) {
        access.requireStaff(caller);
        assemblies.requireAssembly(assembly);
        FieldChecks.of(validator, request).throwIfAny();
        var shares = request.shares().stream()
                .map(share -> new Quotas.Share(share.feature(), share.value(), share.share()))
                .toList();
        double tolerance = request.tolerance() == null ? 0.1 : request.tolerance();
        return Quotas.fromShares(shares, request.panelSize(), tolerance).list();
    }

    @Transactional
    public DrawView setQuotas(UUID assembly, UUID draw, QuotasRequest request, Caller caller) {
        access.requireStaff(caller);
        var found = editable(assembly, draw);
        var checks = FieldChecks.of(validator, request);
        checks.throwIfAny();
        var list = request.quotas();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).min() > list.get(i).max()) {
                checks.add(
                        "quotas[" + i + "].max",
                        FieldCode.TOO_SMALL,
                        Map.of("min", list.get(i).min()),
                        "must be at least the minimum (" + list.get(i).min() + ")");
            }
        }
        checks.throwIfAny();
        var quotas = new Quotas(list.stream()
                .map(entry -> new Quota(entry.feature(), entry.value(), entry.min(), entry.max()))
                .toList());
        throwIfAny(quotas.problemsFor(found.panelSize()));
        // Volunteers signed up with the features and values asked: those stay, only their seats may change.
        if (invitations.signUps(draw) > 0 && !valuesOf(quotas.list()).equals(valuesOf(draws.quotas(draw)))) {
            throw new ApiProblem(
                    DrawProblems.POOL_HAS_SIGN_UPS,
                    "Volunteers signed up with the draw's features and values: only their seats may change");
        }
        draws.replaceQuotas(CommuneContext.require(), draw, quotas.list());
        return view(draws.find(assembly, draw).orElseThrow());
    }

    /** A page of the draw's pool, by name, those matching {@code search} (name, address or pseudonym) if given. */
    @Transactional(readOnly = true)
    public PageResponse<PoolVolunteer> volunteers(
            UUID assembly, UUID draw, @Nullable String search, int page, int size, Caller caller) {
        access.requireStaff(caller);
        find(assembly, draw);
        return draws.volunteers(draw, search == null || search.isBlank() ? null : search.strip(), page, size);
    }

    /**
     * Takes a volunteer out of the pool before the run (they changed their mind, or asked for their data's erasure);
     * their letter's code stays used. 404 if the pool has no such volunteer.
     */
    @Transactional
    public void removeVolunteer(UUID assembly, UUID draw, String pseudonym, Caller caller) {
        access.requireStaff(caller);
        editable(assembly, draw);
        if (!draws.removeVolunteer(draw, pseudonym)) {
            throw new ApiProblem(ProblemTypes.NOT_FOUND, "No such volunteer in this draw's pool");
        }
    }

    /** Replaces the draw's pool with an imported CSV, all rows or none. */
    @Transactional
    public DrawView importPool(UUID assembly, UUID draw, Reader csv, Caller caller) {
        access.requireStaff(caller);
        editable(assembly, draw);
        var quotas = new Quotas(draws.quotas(draw));
        if (quotas.list().isEmpty()) {
            throw ApiProblem.invalidField("quotas", FieldCode.REQUIRED, "set the quotas before importing the pool");
        }
        int signedUp = invitations.signUps(draw);
        if (signedUp > 0) {
            throw new ApiProblem(
                    DrawProblems.POOL_HAS_SIGN_UPS,
                    signedUp + " volunteers signed up for this draw: an imported pool would replace them");
        }
        var parsed = PoolCsv.read(csv, quotas, MAX_POOL);
        if (!parsed.problems().isEmpty()) {
            throw new ApiProblem(
                    ProblemTypes.INVALID_REQUEST,
                    parsed.problems().getFirst().detail()
                            + (parsed.problems().size() > 1
                                    ? " (and " + (parsed.problems().size() - 1) + " more)"
                                    : ""),
                    parsed.problems());
        }
        draws.replaceVolunteers(CommuneContext.require(), draw, parsed.rows());
        return view(draws.find(assembly, draw).orElseThrow());
    }

    /**
     * Queues the draw's run once its input holds: 400 naming each field at fault, 422 with the smallest relaxation
     * of the quotas if no panel from this pool keeps them. The run is {@link DrawRunner}'s.
     */
    @Transactional
    public DrawView requestRun(UUID assembly, UUID draw, Caller caller) {
        access.requireStaff(caller);
        var found = draws.lock(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
        if (!found.status().editable()) {
            throw new ApiProblem(
                    DrawProblems.DRAW_NOT_EDITABLE,
                    "The draw is " + found.status().name().toLowerCase());
        }
        if (registers
                .summary(draw)
                .filter(register -> register.deletedAt() == null)
                .isPresent()) {
            throw new ApiProblem(
                    DrawProblems.REGISTER_HELD,
                    "The register's names and addresses are still held: delete them once the letters are printed");
        }
        var request = request(found);
        throwIfAny(request.pool().problemsWith(request.quotas(), request.panelSize()));
        var types = new VolunteerTypes(request.pool(), request.quotas());
        var changes = relaxation
                .smallest(types, request.panelSize())
                .orElseThrow(() -> new ApiProblem(
                        ProblemTypes.UNAVAILABLE, "The quotas could not be checked in time; try again in a moment"));
        if (!changes.isEmpty()) {
            throw infeasible(changes);
        }
        draws.queue(CommuneContext.require(), draw);
        return view(draws.find(assembly, draw).orElseThrow());
    }

    @Transactional
    public DrawView cancel(UUID assembly, UUID draw, Caller caller) {
        access.requireStaff(caller);
        var found = draws.lock(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
        switch (found.status()) {
            case QUEUED -> draws.finish(draw, DrawStatus.CANCELLED, null, null, null);
            case RUNNING -> draws.requestCancel(draw);
            default ->
                throw new ApiProblem(
                        DrawProblems.DRAW_NOT_RUNNING,
                        "The draw is " + found.status().name().toLowerCase());
        }
        return view(draws.find(assembly, draw).orElseThrow());
    }

    @Transactional(readOnly = true)
    public DrawResult result(UUID assembly, UUID draw, Caller caller) {
        access.requireStaff(caller);
        var found = draws.find(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
        if (found.status() != DrawStatus.COMPLETED || found.record() == null || found.outcome() == null) {
            throw DrawProblems.notCompleted();
        }
        var record = json.readValue(found.record(), DrawRecord.class);
        var outcome = json.readValue(found.outcome(), DrawOutcome.class);
        Map<String, PoolCsv.Row> byPseudonym = new HashMap<>();
        for (var row : draws.volunteers(draw)) {
            byPseudonym.put(row.pseudonym(), row);
        }
        var rows = new ArrayList<DrawResult.QuotaRow>();
        var selected = new HashSet<>(record.selected());
        var reserves = new HashSet<>(record.reserveOrder());
        double[] rates = outcome.dropoutRates();
        for (int q = 0; q < record.quotas().size(); q++) {
            var quota = record.quotas().get(q);
            int pool = 0;
            int seats = 0;
            int reserved = 0;
            for (var row : byPseudonym.values()) {
                if (quota.value().equals(row.features().get(quota.feature()))) {
                    pool++;
                    seats += selected.contains(row.pseudonym()) ? 1 : 0;
                    reserved += reserves.contains(row.pseudonym()) ? 1 : 0;
                }
            }
            var legacy = outcome.legacy();
            rows.add(new DrawResult.QuotaRow(
                    quota.feature(),
                    quota.value(),
                    quota.min(),
                    quota.max(),
                    pool,
                    seats,
                    reserved,
                    record.summary().valueProbabilities()[q],
                    legacy == null ? null : legacy.valueFrequencies()[q],
                    rates == null ? null : rates[q]));
        }
        var legacy = outcome.legacy();
        return new DrawResult(
                Sortition.Algorithm.valueOf(record.algorithm()),
                record.selected().stream().map(id -> person(byPseudonym, id)).toList(),
                record.reserveOrder().stream()
                        .map(id -> person(byPseudonym, id))
                        .toList(),
                rows,
                record.summary().minimum(),
                record.summary().maximum(),
                legacy == null ? null : legacy.minimum(),
                legacy == null ? null : legacy.maximum(),
                legacy == null ? 0 : legacy.runs(),
                outcome.dropout(),
                outcome.profiles() == null ? List.of() : outcome.profiles(),
                record.poolHash());
    }

    /** A completed draw's panel and reserves with their contacts, for seating; 404 for a draw not completed. */
    @Transactional(readOnly = true)
    public DrawnPanel panel(UUID assembly, UUID draw) {
        var found = draws.find(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
        if (found.status() != DrawStatus.COMPLETED || found.record() == null) {
            throw DrawProblems.notCompleted();
        }
        var record = json.readValue(found.record(), DrawRecord.class);
        Map<String, PoolCsv.Row> byPseudonym = new HashMap<>();
        for (var row : draws.volunteers(draw)) {
            byPseudonym.put(row.pseudonym(), row);
        }
        Function<String, DrawnPanel.Candidate> candidate = pseudonym -> {
            var row = byPseudonym.get(pseudonym);
            return row == null
                    ? new DrawnPanel.Candidate(pseudonym, null, null, Map.of())
                    : new DrawnPanel.Candidate(pseudonym, row.name(), row.email(), row.features());
        };
        return new DrawnPanel(
                draw,
                found.title(),
                new Quotas(record.quotas()),
                record.selected().stream().map(candidate).toList(),
                record.reserveOrder().stream().map(candidate).toList());
    }

    /** A completed draw's public page: 404 for any other, so that a draw in preparation shows nothing. */
    @Transactional(readOnly = true)
    public PublicDraw publicDraw(UUID draw) {
        var found = completed(draw);
        var record = json.readValue(found.record(), DrawRecord.class);
        var selected = new HashSet<>(record.selected());
        var rows = new ArrayList<PublicDraw.ValueRow>();
        for (int q = 0; q < record.quotas().size(); q++) {
            var quota = record.quotas().get(q);
            int seats = 0;
            for (var type : record.types()) {
                if (quota.value().equals(type.values().get(quota.feature()))) {
                    seats += (int)
                            type.members().stream().filter(selected::contains).count();
                }
            }
            rows.add(new PublicDraw.ValueRow(
                    quota.feature(),
                    quota.value(),
                    quota.min(),
                    quota.max(),
                    seats,
                    record.summary().valueProbabilities()[q]));
        }
        return new PublicDraw(
                found.id(),
                found.title(),
                record.algorithm(),
                record.algorithmVersion(),
                record.seed(),
                record.seedSource(),
                record.poolHash(),
                record.poolSize(),
                record.panelSize(),
                rows,
                record.selected(),
                record.reserveOrder(),
                record.summary().minimum(),
                record.summary().maximum(),
                registers.summary(draw).orElse(null),
                found.finishedAt());
    }

    /** A completed draw's record, as stored: what {@code ReplayDrawCommand} re-runs. */
    @Transactional(readOnly = true)
    public String publicRecord(UUID draw) {
        return completed(draw).record();
    }

    // The run, for DrawRunner.

    /** Claims due runs across communes (or the one given): each with its commune and attempt. */
    @Transactional
    public List<DrawRepository.Claim> claimDue(int limit, @Nullable UUID draw) {
        return draws.claimDue(limit, LEASE, draw);
    }

    /**
     * What a run needs, once marked running; empty if the run lost its claim, or the draw was cancelled or is no
     * longer to run (its job is then dropped).
     */
    @Transactional
    public Optional<Run> startRun(DrawRepository.Claim claim) {
        var found = draws.lockHeld(claim.draw(), claim.token());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var drawn = found.get();
        if (drawn.status() != DrawStatus.QUEUED && drawn.status() != DrawStatus.RUNNING) {
            draws.dropJob(claim.draw());
            return Optional.empty();
        }
        if (drawn.cancelRequested()) {
            draws.finish(claim.draw(), DrawStatus.CANCELLED, null, null, null);
            return Optional.empty();
        }
        draws.start(claim.draw());
        return Optional.of(new Run(request(drawn), Duration.ofSeconds(drawn.timeBudgetSeconds())));
    }

    /** A run's input and the time it may take. */
    public record Run(Sortition.Request request, Duration budget) {}

    /** Records a run's progress and keeps its lease; whether it still holds its claim, and whether to cancel. */
    @Transactional
    public DrawRepository.Beat heartbeat(DrawRepository.Claim claim, double progress, String stage) {
        return draws.heartbeat(claim.draw(), claim.token(), progress, stage, LEASE);
    }

    /**
     * Stores a completed run's record and outcome, in one transaction: a draw is complete or not at all; and only
     * if the run still holds its claim (a run that lost it, or a cancelled draw, keeps nothing).
     */
    @Transactional
    public void complete(DrawRepository.Claim claim, Sortition.Request request, Sortition.Drawn drawn) {
        if (draws.lockHeld(claim.draw(), claim.token()).isEmpty()) {
            return;
        }
        var record = DrawRecord.of(request, drawn);
        var legacy = drawn.legacy()
                .map(estimate -> new DrawOutcome.LegacyComparison(
                        estimate.runs(),
                        estimate.minimum(),
                        estimate.maximum(),
                        estimate.valueFrequencies(drawn.types())))
                .orElse(null);
        var outcome = new DrawOutcome(
                drawn.dropout(),
                legacy,
                drawn.profiles(),
                request.dropoutRates().orElse(null));
        draws.finish(
                claim.draw(),
                DrawStatus.COMPLETED,
                null,
                json.writeValueAsString(record),
                json.writeValueAsString(outcome));
        var found = draws.find(claim.draw()).orElseThrow();
        outbox.publish(
                claim.commune(),
                new DrawCompleted(
                        claim.commune().value(),
                        found.assemblyId(),
                        claim.draw(),
                        request.algorithm(),
                        record.poolSize(),
                        record.panelSize(),
                        record.reserveOrder().size(),
                        probability(record.summary().minimum()),
                        probability(record.summary().maximum())));
    }

    /** Ends a run that did not complete, failed (with why) or cancelled, if it still holds its claim. */
    @Transactional
    public void end(DrawRepository.Claim claim, DrawStatus status, @Nullable String failure) {
        if (draws.lockHeld(claim.draw(), claim.token()).isPresent()) {
            draws.finish(claim.draw(), status, failure, null, null);
        }
    }

    private Sortition.Request request(DrawRepository.Draw draw) {
        var quotas = new Quotas(draws.quotas(draw.id()));
        var volunteers = draws.volunteers(draw.id()).stream()
                .map(row -> new Volunteer(row.pseudonym(), row.features()))
                .toList();
        return new Sortition.Request(
                new Pool(volunteers),
                quotas,
                draw.panelSize(),
                draw.reserveCount(),
                draw.algorithm(),
                draw.seed(),
                draw.seedSource(),
                observedDropouts(draw.id(), quotas).map(DropoutRates::rates),
                legacyRuns);
    }

    /** The dropouts the commune's other draws saw, per quota value, if enough to go by. */
    private Optional<List<DropoutRates.Observed>> observedDropouts(UUID draw, Quotas quotas) {
        var offered = history.offeredBefore(draw).stream()
                .map(offer -> new DropoutRates.Offer(offer.features(), offer.droppedOut()))
                .toList();
        return DropoutRates.estimate(quotas, offered);
    }

    /** The draw of the assembly: 404 if none. */
    DrawRepository.Draw find(UUID assembly, UUID draw) {
        return draws.find(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
    }

    /** The draw of the assembly, locked until the transaction ends: 404 if none. */
    DrawRepository.Draw lock(UUID assembly, UUID draw) {
        return draws.lock(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
    }

    /** The draw, locked, if still in preparation: 409 otherwise. */
    DrawRepository.Draw editable(UUID assembly, UUID draw) {
        var found = lock(assembly, draw);
        if (!found.status().editable()) {
            throw new ApiProblem(
                    DrawProblems.DRAW_NOT_EDITABLE,
                    "The draw is " + found.status().name().toLowerCase());
        }
        return found;
    }

    private DrawRepository.Draw completed(UUID draw) {
        var found = draws.find(draw).orElseThrow(DrawProblems::drawNotFound);
        if (found.status() != DrawStatus.COMPLETED || found.record() == null) {
            throw DrawProblems.drawNotFound();
        }
        return found;
    }

    private DrawView view(DrawRepository.Draw draw) {
        return new DrawView(
                draw.id(),
                draw.assemblyId(),
                draw.title(),
                draw.panelSize(),
                draw.reserveCount(),
                draw.algorithm(),
                draw.seed(),
                draw.seedSource(),
                draw.timeBudgetSeconds(),
                draw.status(),
                draw.progress(),
                draw.stage(),
                draw.failure(),
                draws.quotas(draw.id()),
                draws.volunteerCount(draw.id()),
                invitations.count(draw.id()),
                invitations.signUps(draw.id()),
                draw.signUpUntil(),
                registers.summary(draw.id()).orElse(null),
                draw.createdAt(),
                draw.startedAt(),
                draw.finishedAt());
    }

    private static DrawResult.DrawnPerson person(Map<String, PoolCsv.Row> byPseudonym, String pseudonym) {
        var row = byPseudonym.get(pseudonym);
        return row == null
                ? new DrawResult.DrawnPerson(pseudonym, null, null, Map.of())
                : new DrawResult.DrawnPerson(pseudonym, row.name(), row.email(), row.features());
    }

    /** A quota list's feature values, whatever their seats. */
    private static Set<String> valuesOf(List<Quota> quotas) {
        var values = new HashSet<String>();
        quotas.forEach(quota -> values.add(quota.feature() + "\u0000" + quota.value()));
        return values;
    }

    /** A probability as the solver computed it, within [0, 1] despite its rounding. */
    private static double probability(double value) {
        return Math.clamp(value, 0.0, 1.0);
    }

    private static void throwIfAny(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        var fields = problems.stream()
                .map(problem -> new FieldProblem(problem.field(), codeOf(problem.reason()), problem.detail()))
                .toList();
        throw new ApiProblem(ProblemTypes.INVALID_REQUEST, problems.getFirst().detail(), fields);
    }

    private static FieldCode codeOf(InputProblem.Reason reason) {
        return switch (reason) {
            case DUPLICATE_QUOTA, DUPLICATE_VOLUNTEER -> FieldCode.DUPLICATE;
            case MISSING_VALUE -> FieldCode.REQUIRED;
            case UNKNOWN_VALUE, INVALID_QUOTA, QUOTAS_CANNOT_ADD_UP, PANEL_SIZE -> FieldCode.INVALID;
        };
    }

    /** 422 naming each quota to change and what to: the smallest relaxation that lets a panel keep them. */
    private static ApiProblem infeasible(List<Relaxation.Change> changes) {
        var fields = changes.stream()
                .map(change -> new FieldProblem(
                        "quotas[" + change.quotaIndex() + "]",
                        FieldCode.INVALID,
                        Map.of("min", change.min(), "max", change.max()),
                        change.quota().label() + ": " + change.quota().min() + "-"
                                + change.quota().max() + " seats cannot be kept; " + change.min() + "-" + change.max()
                                + " can"))
                .toList();
        var detail = "No panel keeps the quotas; the smallest change that would: "
                + String.join(", ", fields.stream().map(FieldProblem::detail).toList());
        return new ApiProblem(DrawProblems.QUOTAS_INFEASIBLE, detail, fields);
    }
}
