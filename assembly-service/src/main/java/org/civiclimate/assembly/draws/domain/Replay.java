package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-runs a draw's sampling from its published record, needing no solver and no server: the same seed, the same
 * published lotteries (or, for legacy, the same greedy rule on the recorded pool), the same order of random numbers.
 */
public final class Replay {

    private Replay() {}

    /** The panel and the reserves in calling order that the record's seed gives. */
    public record Result(List<String> selected, List<String> reserveOrder) {

        public boolean matches(DrawRecord record) {
            return selected.equals(record.selected()) && reserveOrder.equals(record.reserveOrder());
        }
    }

    public static Result of(DrawRecord record) {
        if (!DrawRecord.FORMAT.equals(record.format())) {
            throw new IllegalArgumentException(
                    "Not a draw record of format " + DrawRecord.FORMAT + ": " + record.format());
        }
        var random = new SeededRandom(record.seed());
        List<String> selected;
        if (Sortition.Algorithm.valueOf(record.algorithm()) != Sortition.Algorithm.LEGACY) {
            selected = Lottery.draw(members(record.types()), record.panels(), record.tickets(), random)
                    .selected();
        } else {
            var volunteers = new ArrayList<Volunteer>();
            for (var type : record.types()) {
                for (var id : type.members()) {
                    volunteers.add(new Volunteer(id, type.values()));
                }
            }
            var types = new VolunteerTypes(new Pool(volunteers), new Quotas(record.quotas()));
            selected = new Legacy(types, record.panelSize())
                    .select(random, Sortition.LEGACY_ATTEMPTS)
                    .map(panel -> panel.stream().sorted().toList())
                    .orElse(List.of());
        }
        List<String> reserveOrder = List.of();
        if (!record.reservePanels().isEmpty()) {
            var reserves = Lottery.draw(
                            members(record.reserveTypes()), record.reservePanels(), record.reserveTickets(), random)
                    .selected();
            reserveOrder = Lottery.shuffled(reserves, random);
        }
        return new Result(selected, reserveOrder);
    }

    private static List<List<String>> members(List<DrawRecord.RecordedType> types) {
        return types.stream().map(DrawRecord.RecordedType::members).toList();
    }
}
