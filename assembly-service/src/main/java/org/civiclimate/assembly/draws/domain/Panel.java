package org.civiclimate.assembly.draws.domain;

import java.util.Arrays;

/** A panel as how many volunteers of each type it seats ({@link VolunteerTypes} order). */
public record Panel(int[] counts) implements Comparable<Panel> {

    public Panel {
        counts = counts.clone();
    }

    public int count(int type) {
        return counts[type];
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Whether the panel has {@code panelSize} seats and keeps every quota. */
    public boolean keeps(VolunteerTypes types, int panelSize) {
        if (Arrays.stream(counts).sum() != panelSize) {
            return false;
        }
        var quotas = types.quotas().list();
        for (int q = 0; q < quotas.size(); q++) {
            int seats = 0;
            for (int t = 0; t < counts.length; t++) {
                if (counts[t] < 0 || counts[t] > types.count(t)) {
                    return false;
                }
                seats += types.has(t, q) ? counts[t] : 0;
            }
            if (!quotas.get(q).allows(seats)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Panel panel && Arrays.equals(counts, panel.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public int compareTo(Panel other) {
        return Arrays.compare(counts, other.counts);
    }

    @Override
    public String toString() {
        return Arrays.toString(counts);
    }
}
