package org.civiclimate.tenant.commune;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.civiclimate.tenant.commune.domain.Country;
import org.civiclimate.tenant.commune.domain.Language;
import org.civiclimate.tenant.commune.domain.Slug;
import org.civiclimate.tenant.provisioning.KeycloakOrganizations;
import org.springframework.stereotype.Service;

/**
 * Creating a commune: its Keycloak Organization (alias = slug) with the requester as member, then the commune, its
 * admin and its announcement in one transaction. Nothing is half-made: if recording fails, the organization is
 * removed again; if Keycloak fails, nothing is recorded.
 */
@Service
public class OnboardingService {

    private final CommuneService communes;
    private final KeycloakOrganizations organizations;

    OnboardingService(CommuneService communes, KeycloakOrganizations organizations) {
        this.communes = communes;
        this.organizations = organizations;
    }

    public Commune create(CreateCommuneRequest request, Caller requester) {
        Commune commune = validated(request);
        if (communes.isTaken(commune.slug())) {
            throw new SlugTaken(commune.slug().value());
        }
        String organization = organizations.create(
                commune.slug().value(), commune.name(), commune.id().value());
        try {
            organizations.addMember(organization, requester.userId());
            return CommuneContext.callAs(commune.id(), () -> communes.register(commune, organization, requester));
        } catch (RuntimeException e) {
            organizations.delete(organization);
            throw e;
        }
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
