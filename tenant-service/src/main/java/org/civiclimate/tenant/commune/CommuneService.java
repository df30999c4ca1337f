package org.civiclimate.tenant.commune;

import java.util.List;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.Slug;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Transactional use cases of the commune register. */
@Service
public class CommuneService {

    static final String ADMIN = "ADMIN";

    private final CommuneRepository communes;
    private final EventOutbox outbox;

    CommuneService(CommuneRepository communes, EventOutbox outbox) {
        this.communes = communes;
        this.outbox = outbox;
    }

    /**
     * Records a commune whose organization exists, makes the requester its admin and announces it to the other
     * services, in one transaction. The commune must be bound (its membership row is checked against it).
     */
    @Transactional
    public Commune register(Commune commune, String organizationId, Caller requester) {
        if (communes.slugExists(commune.slug())) {
            throw new SlugTaken(commune.slug().value());
        }
        try {
            communes.insert(commune, organizationId, requester.userId());
        } catch (DuplicateKeyException e) {
            // Two requests raced for the same slug; the database kept one.
            throw new SlugTaken(commune.slug().value());
        }
        communes.grant(commune.id(), requester.userId(), ADMIN);
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
    public boolean isTaken(Slug slug) {
        return communes.slugExists(slug);
    }

    @Transactional(readOnly = true)
    public Commune get(CommuneId id) {
        return communes.find(id).orElseThrow(() -> new ApiProblem(ProblemTypes.COMMUNE_NOT_FOUND, "No such commune"));
    }

    @Transactional(readOnly = true)
    public PageResponse<Commune> list(int page, int size) {
        return new PageResponse<>(communes.page(page, size), page, size, communes.count());
    }

    /** The communes of the caller (who is the transaction's acting user). */
    @Transactional(readOnly = true)
    public List<MyCommune> communesOf(Caller caller) {
        return communes.communesOf(caller.userId());
    }
}
