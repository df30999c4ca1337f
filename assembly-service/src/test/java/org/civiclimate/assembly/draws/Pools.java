package org.civiclimate.assembly.draws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civiclimate.assembly.draws.domain.Pool;
import org.civiclimate.assembly.draws.domain.Volunteer;

/** Small pools written out in tests. */
final class Pools {

    private Pools() {}

    /** {@code count} volunteers with one feature's value, ids {@code prefix1...}. */
    static List<Volunteer> of(String prefix, int count, String feature, String value) {
        var volunteers = new ArrayList<Volunteer>();
        for (int i = 1; i <= count; i++) {
            volunteers.add(new Volunteer(prefix + i, Map.of(feature, value)));
        }
        return volunteers;
    }

    @SafeVarargs
    static Pool pool(List<Volunteer>... groups) {
        var all = new ArrayList<Volunteer>();
        for (var group : groups) {
            all.addAll(group);
        }
        return new Pool(all);
    }
}
