package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The seeded draw of one panel from a published lottery, which anyone can re-run from the draw's record: each panel
 * holds a whole number of the {@link #TICKETS} tickets (its probability, rounded by largest remainder, ties to the
 * earlier panel); the seed's {@link SeededRandom} draws a ticket, which names a panel (panels in their published
 * order, each covering the next run of tickets); then, type by type in published order, the type's members (sorted
 * by id) are shuffled (Fisher-Yates from the last position, position {@code i} swapped with a uniform
 * {@code j <= i}) and the panel's count of them taken from the front.
 */
public final class Lottery {

    public static final long TICKETS = 1_000_000_000L;

    private Lottery() {}

    /** Each panel's tickets, adding up to exactly {@link #TICKETS}. */
    public static long[] tickets(double[] probabilities) {
        double total = Arrays.stream(probabilities).sum();
        long[] tickets = new long[probabilities.length];
        double[] remainders = new double[probabilities.length];
        long given = 0;
        for (int p = 0; p < probabilities.length; p++) {
            double exact = probabilities[p] / total * TICKETS;
            tickets[p] = (long) Math.floor(exact);
            remainders[p] = exact - tickets[p];
            given += tickets[p];
        }
        var order = new ArrayList<Integer>();
        for (int p = 0; p < probabilities.length; p++) {
            order.add(p);
        }
        order.sort(Comparator.<Integer>comparingDouble(p -> -remainders[p]).thenComparing(p -> p));
        for (int i = 0; given < TICKETS; i++, given++) {
            tickets[order.get(i % order.size())]++;
        }
        return tickets;
    }

    /** The drawn ticket, its panel, and the volunteers it seats (sorted by id). */
    public record Outcome(long ticket, int panel, List<String> selected) {}

    /**
     * Draws from panels given as counts per type (the types' members listed, sorted by id) with their tickets.
     * Continues {@code random}'s stream, so that several lotteries of one draw follow each other.
     */
    public static Outcome draw(
            List<List<String>> typeMembers, List<int[]> panels, long[] tickets, SeededRandom random) {
        long ticket = random.nextLong(TICKETS);
        int panel = 0;
        long covered = tickets[0];
        while (covered <= ticket) {
            covered += tickets[++panel];
        }
        var selected = new ArrayList<String>();
        int[] counts = panels.get(panel);
        for (int t = 0; t < typeMembers.size(); t++) {
            if (counts[t] > 0) {
                selected.addAll(shuffled(typeMembers.get(t), random).subList(0, counts[t]));
            }
        }
        selected.sort(Comparator.naturalOrder());
        return new Outcome(ticket, panel, List.copyOf(selected));
    }

    /** The list shuffled by Fisher-Yates with {@code random}. */
    public static <T> List<T> shuffled(List<T> members, SeededRandom random) {
        var result = new ArrayList<>(members);
        for (int i = result.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var swap = result.get(i);
            result.set(i, result.get(j));
            result.set(j, swap);
        }
        return result;
    }
}
