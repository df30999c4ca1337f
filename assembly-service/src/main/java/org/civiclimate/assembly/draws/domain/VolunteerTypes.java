package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pool grouped by type: volunteers with the same value for every stratifying feature. Any two of them are
 * interchangeable for the quotas, so every fair distribution gives them the same probability; the selection works on
 * how many of each type a panel takes, and the lottery then picks that many of the type uniformly. With four or five
 * features a pool of thousands has only some hundred types, which keeps the programmes small.
 *
 * <p>Types are ordered by their values' quota indexes, and members by id: the order the published lottery follows.
 */
public final class VolunteerTypes {

    private final Quotas quotas;
    private final List<int[]> values = new ArrayList<>();
    private final List<List<String>> members = new ArrayList<>();
    private final int poolSize;
    private final Map<String, Integer> typeOf = new java.util.HashMap<>();

    /** The pool's types; the pool must be free of {@link Pool#problemsWith input problems}. */
    public VolunteerTypes(Pool pool, Quotas quotas) {
        this.quotas = quotas;
        this.poolSize = pool.size();
        var features = quotas.features();
        Map<int[], List<String>> byType = new TreeMap<>(Arrays::compare);
        for (var volunteer : pool.volunteers()) {
            int[] key = new int[features.size()];
            for (int f = 0; f < key.length; f++) {
                var feature = features.get(f);
                key[f] = quotas.indexOf(feature, volunteer.features().get(feature));
                if (key[f] < 0) {
                    throw new IllegalArgumentException("Volunteer " + volunteer.id() + " has no quota for " + feature);
                }
            }
            byType.computeIfAbsent(key, k -> new ArrayList<>()).add(volunteer.id());
        }
        byType.forEach((key, ids) -> {
            values.add(key);
            members.add(ids.stream().sorted(Comparator.naturalOrder()).toList());
            ids.forEach(id -> typeOf.put(id, values.size() - 1));
        });
    }

    public Quotas quotas() {
        return quotas;
    }

    public int poolSize() {
        return poolSize;
    }

    /** The type of a volunteer of the pool. */
    public int typeOf(String id) {
        var type = typeOf.get(id);
        if (type == null) {
            throw new IllegalArgumentException("No volunteer " + id + " in the pool");
        }
        return type;
    }

    /** How many types. */
    public int size() {
        return values.size();
    }

    /** How many volunteers a type has. */
    public int count(int type) {
        return members.get(type).size();
    }

    /** A type's volunteers, by id. */
    public List<String> members(int type) {
        return members.get(type);
    }

    /** The quota index ({@link Quotas#list()}) of a type's value for each feature. */
    public int[] quotaIndexes(int type) {
        return values.get(type).clone();
    }

    /** The types whose volunteers have the value of quota {@code quotaIndex}, in order. */
    public int[] holders(int quotaIndex) {
        return java.util.stream.IntStream.range(0, size())
                .filter(type -> has(type, quotaIndex))
                .toArray();
    }

    /** Whether a type's volunteers have the value of quota {@code quotaIndex}. */
    public boolean has(int type, int quotaIndex) {
        for (int index : values.get(type)) {
            if (index == quotaIndex) {
                return true;
            }
        }
        return false;
    }
}
