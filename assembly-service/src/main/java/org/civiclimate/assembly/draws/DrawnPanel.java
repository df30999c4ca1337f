package org.civiclimate.assembly.draws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.assembly.draws.domain.Reserves;
import org.jspecify.annotations.Nullable;

/** A completed draw's panel and reserves in calling order, with their contacts and values: what seating offers. */
public record DrawnPanel(UUID drawId, String title, Quotas quotas, List<Candidate> selected, List<Candidate> reserves) {

    /**
     * The reserve to call when a member of the panel leaves: the first of {@code reserves} (in calling order) whose seat
     * keeps every quota, else the one that breaks them least ({@link Reserves#next}); an index, or -1 if none is left.
     *
     * @param panel the panel's members, the leaving one included
     */
    public int nextReserve(List<Candidate> panel, Candidate leaving, List<Candidate> reserves) {
        return Reserves.next(
                quotas,
                panel.stream().map(Candidate::features).toList(),
                leaving.features(),
                reserves.stream().map(Candidate::features).toList());
    }

    /** Seats outside their quotas' bounds once {@code reserve} takes the seat {@code leaving} left in {@code panel}. */
    public int brokenAfter(List<Candidate> panel, Candidate leaving, Candidate reserve) {
        var after = new ArrayList<Map<String, String>>();
        panel.stream().filter(member -> member != leaving).forEach(member -> after.add(member.features()));
        after.add(reserve.features());
        return Reserves.broken(quotas, quotas.seatsOf(after));
    }

    /** The selected volunteer or reserve of that pseudonym. */
    public Optional<Candidate> find(String pseudonym) {
        return Stream.concat(selected.stream(), reserves.stream())
                .filter(candidate -> candidate.pseudonym().equals(pseudonym))
                .findFirst();
    }

    /** A drawn volunteer: pseudonym, contact and feature values. */
    public record Candidate(
            String pseudonym,
            @Nullable String name,
            @Nullable String email,
            Map<String, String> features) {}
}
