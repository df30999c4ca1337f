package org.civiclimate.assembly.draws.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Stage 1 of a draw (DOMAIN.md, sortition): which households of the register get a letter, uniformly at random from
 * the draw's published seed, one letter per household, optionally in proportion to each district's households.
 *
 * <p>Anyone holding the register and the seed can check it with a spreadsheet or three lines of code: every
 * household's rank is {@code SHA-256(UTF-8(seed + "/letters/" + household id))} in hexadecimal, and each district's
 * letters go to its lowest ranks. Its share of the letters is its households' share of the register, rounded by
 * largest remainder (ties to the district first in alphabetical order). The households are offered one by one and
 * only the lowest ranks are kept: a register of any size takes memory for the letters alone.
 */
public final class HouseholdLottery {

    /** A household drawn, with its district and rank. */
    public record Drawn(String household, String district, String rank) {}

    private static final String WHOLE_REGISTER = "";

    private final String seed;
    private final boolean byDistrict;
    private final Map<String, Integer> letters;
    private final Map<String, PriorityQueue<Drawn>> kept = new LinkedHashMap<>();

    private HouseholdLottery(String seed, boolean byDistrict, Map<String, Integer> letters) {
        this.seed = seed;
        this.byDistrict = byDistrict;
        this.letters = Map.copyOf(letters);
    }

    /** The letters drawn among the whole register. */
    public static HouseholdLottery ofRegister(String seed, int letters) {
        return new HouseholdLottery(seed, false, Map.of(WHOLE_REGISTER, letters));
    }

    /**
     * The letters drawn in each district among its own households.
     *
     * @param letters the letters each district gets ({@link #allocate}); a household of another district is ignored
     */
    public static HouseholdLottery byDistrict(String seed, Map<String, Integer> letters) {
        return new HouseholdLottery(seed, true, letters);
    }

    /**
     * How many letters each district gets: its households' share of {@code total}, by largest remainder.
     *
     * @throws IllegalArgumentException if there are more letters than households
     */
    public static Map<String, Integer> allocate(Map<String, Long> households, int total) {
        long all = households.values().stream().mapToLong(Long::longValue).sum();
        if (total > all) {
            throw new IllegalArgumentException(total + " letters for " + all + " households");
        }
        var sorted = new TreeMap<>(households);
        Map<String, Integer> letters = new LinkedHashMap<>();
        Map<String, Long> remainders = new LinkedHashMap<>();
        int given = 0;
        for (var district : sorted.entrySet()) {
            long exact = district.getValue() * total;
            letters.put(district.getKey(), (int) (exact / all));
            remainders.put(district.getKey(), exact % all);
            given += (int) (exact / all);
        }
        var byRemainder = new ArrayList<>(remainders.entrySet());
        // Stable sort: equal remainders keep the alphabetical order.
        byRemainder.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (int i = 0; i < total - given; i++) {
            letters.merge(byRemainder.get(i).getKey(), 1, Integer::sum);
        }
        return letters;
    }

    /** The household's rank under the seed: lower ranks get the letters. */
    public static String rank(String seed, String household) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "/letters/" + household).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Takes part a household of the register, once each. */
    public void offer(String household, String district) {
        String stratum = byDistrict ? district : WHOLE_REGISTER;
        int wanted = letters.getOrDefault(stratum, 0);
        if (wanted == 0) {
            return;
        }
        var drawn = new Drawn(household, district, rank(seed, household));
        // The highest rank kept on top, to be pushed out by a lower one.
        var queue = kept.computeIfAbsent(
                stratum,
                _ -> new PriorityQueue<>(Comparator.comparing(Drawn::rank).reversed()));
        if (queue.size() < wanted) {
            queue.add(drawn);
        } else if (drawn.rank().compareTo(queue.peek().rank()) < 0) {
            queue.poll();
            queue.add(drawn);
        }
    }

    /** The households drawn, by district (alphabetical) if drawn by district, and then by rank: the letters' order. */
    public List<Drawn> drawn() {
        var all = new ArrayList<Drawn>();
        kept.keySet().stream().sorted().forEach(stratum -> {
            var ranked = kept.get(stratum).toArray(Drawn[]::new);
            Arrays.sort(ranked, Comparator.comparing(Drawn::rank));
            all.addAll(Arrays.asList(ranked));
        });
        return all;
    }
}
