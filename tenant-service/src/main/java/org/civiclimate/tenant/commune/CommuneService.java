package org.civiclimate.tenant.commune;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.Slug;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the commune register. */
@Service
public class CommuneService {

    private final CommuneRepository communes;
    private final EventOutbox outbox;

    CommuneService(CommuneRepository communes, EventOutbox outbox) {
        this.communes = communes;
        this.outbox = outbox;
    }

    /** Registers a commune and announces it to the other services, in one transaction. */
    @Transactional
    public Commune create(CreateCommuneRequest request, Caller caller) {
        Commune commune = validated(request);
        if (communes.slugExists(commune.slug())) {
            throw new SlugTaken(commune.slug().value());
        }
        try {
            communes.insert(commune, caller.userId());
        } catch (DuplicateKeyException e) {
            // Two requests raced for the same slug; the database kept one.
            throw new SlugTaken(commune.slug().value());
        }
        outbox.publish(
                commune.id(),
                new CommuneProvisioned(
                        commune.id().value(),
                        commune.slug().value(),
                        commune.name(),
                        commune.country().code(),
                        commune.languages().stream().map(Language::code).toList()));
        return commune;
    }

    @Transactional(readOnly = true)
    public Commune get(CommuneId id) {
        return communes.find(id).orElseThrow(() -> new ApiProblem(ProblemTypes.COMMUNE_NOT_FOUND, "No such commune"));
    }

    @Transactional(readOnly = true)
    public PageResponse<Commune> list(int page, int size) {
        return new PageResponse<>(communes.page(page, size), page, size, communes.count());
    }

    private static Commune validated(CreateCommuneRequest request) {
        var problems = new ArrayList<FieldProblem>();
        Slug.problemWith(request.slug()).ifPresent(p -> problems.add(new FieldProblem("slug", p)));
        Country.problemWith(request.country()).ifPresent(p -> problems.add(new FieldProblem("country", p)));
        if (request.languages().stream().distinct().count()
                != request.languages().size()) {
            problems.add(new FieldProblem("languages", "must not list a language twice"));
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(ProblemTypes.INVALID_REQUEST, summary(problems), problems);
        }
        return new Commune(
                new CommuneId(UUID.randomUUID()),
                new Slug(request.slug()),
                request.name().strip(),
                new Country(request.country()),
                request.languages().stream()
                        .map(code -> Language.ofCode(code).orElseThrow())
                        .toList(),
                CommuneStatus.ACTIVE);
    }

    private static String summary(List<FieldProblem> problems) {
        return String.join(
                "; ", problems.stream().map(p -> p.field() + ": " + p.detail()).toList());
    }
}
