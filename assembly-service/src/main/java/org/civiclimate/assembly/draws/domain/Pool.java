package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The volunteers a panel is drawn from. One per household and no one twice is checked when they join. */
public record Pool(List<Volunteer> volunteers) {

    /** The most problems named at once: enough to see what is wrong, not a report as long as the pool. */
    public static final int MAX_PROBLEMS = 100;

    public Pool {
        volunteers = List.copyOf(volunteers);
    }

    public int size() {
        return volunteers.size();
    }

    /**
     * What makes this pool unusable with these quotas for a panel of {@code panelSize}: the quotas' own problems,
     * a panel larger than the pool, volunteers listed twice, values missing or without a quota. Whether the quotas
     * can be met by these volunteers is the selection's question, not this one.
     */
    public List<InputProblem> problemsWith(Quotas quotas, int panelSize) {
        var problems = new ArrayList<InputProblem>();
        if (panelSize < 1 || panelSize > volunteers.size()) {
            problems.add(new InputProblem(
                    "panelSize",
                    InputProblem.Reason.PANEL_SIZE,
                    "a panel of " + panelSize + " cannot be drawn from " + volunteers.size() + " volunteers"));
        }
        problems.addAll(quotas.problemsFor(panelSize));
        Set<String> ids = new HashSet<>();
        var features = quotas.features();
        for (int i = 0; i < volunteers.size() && problems.size() < MAX_PROBLEMS; i++) {
            var volunteer = volunteers.get(i);
            if (!ids.add(volunteer.id())) {
                problems.add(new InputProblem(
                        "pool[" + i + "].id",
                        InputProblem.Reason.DUPLICATE_VOLUNTEER,
                        "volunteer " + volunteer.id() + " is listed twice"));
            }
            for (var feature : features) {
                var value = volunteer.features().get(feature);
                if (value == null || value.isBlank()) {
                    problems.add(new InputProblem(
                            "pool[" + i + "].features." + feature,
                            InputProblem.Reason.MISSING_VALUE,
                            "volunteer " + volunteer.id() + " has no " + feature));
                } else if (quotas.indexOf(feature, value) < 0) {
                    problems.add(new InputProblem(
                            "pool[" + i + "].features." + feature,
                            InputProblem.Reason.UNKNOWN_VALUE,
                            "volunteer " + volunteer.id() + " has " + feature + " " + value + ", which has no quota"));
                }
            }
        }
        return problems;
    }
}
