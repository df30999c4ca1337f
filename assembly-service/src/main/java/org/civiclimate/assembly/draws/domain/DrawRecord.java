package org.civiclimate.assembly.draws.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a draw publishes so that anyone can check it: the pool (pseudonymous ids grouped by their values) and its
 * hash, the quotas, the algorithm and its version, the seed and where it was announced, each lottery as published
 * (panels as counts per type, with their tickets), who was selected and the reserves in calling order, and a
 * summary of the selection probabilities. {@link Replay} re-runs the sampling from it alone.
 */
public record DrawRecord(
        String format,
        String algorithm,
        String algorithmVersion,
        String seed,
        String seedSource,
        String poolHash,
        int poolSize,
        int panelSize,
        List<Quota> quotas,
        List<RecordedType> types,
        List<int[]> panels,
        long[] tickets,
        List<Quota> reserveQuotas,
        List<RecordedType> reserveTypes,
        List<int[]> reservePanels,
        long[] reserveTickets,
        List<String> selected,
        List<String> reserveOrder,
        Summary summary) {

    public static final String FORMAT = "civiclimate-draw-record/1";
    /** Changes whenever the algorithms or the lottery would give another panel from the same record. */
    public static final String ALGORITHM_VERSION = "1";

    /** A type: its value for each feature, and its members by id. */
    public record RecordedType(Map<String, String> values, List<String> members) {}

    /**
     * The distribution's smallest and largest selection probability, and the mean probability of each quota's
     * holders (quota order); for a legacy draw, frequencies estimated over {@code legacyRuns} panels.
     */
    public record Summary(double minimum, double maximum, double[] valueProbabilities, int legacyRuns) {}

    public static DrawRecord of(Sortition.Request request, Sortition.Drawn drawn) {
        var reserves = drawn.reserves();
        Summary summary = drawn.distribution()
                .map(distribution -> new Summary(
                        distribution.minimum(), distribution.maximum(), distribution.valueProbabilities(), 0))
                .or(() -> drawn.legacy()
                        .map(estimate -> new Summary(
                                estimate.minimum(),
                                estimate.maximum(),
                                estimate.valueFrequencies(drawn.types()),
                                estimate.runs())))
                .orElseThrow();
        return new DrawRecord(
                FORMAT,
                request.algorithm().name(),
                ALGORITHM_VERSION,
                request.seed(),
                request.seedSource(),
                poolHash(drawn.types()),
                request.pool().size(),
                request.panelSize(),
                request.quotas().list(),
                recorded(drawn.types()),
                drawn.panel().panels(),
                drawn.panel().tickets(),
                drawn.reserveQuotas().list(),
                reserves.map(drawing -> recordedByMembers(drawn, drawing.typeMembers()))
                        .orElse(List.of()),
                reserves.map(Sortition.Drawing::panels).orElse(List.of()),
                reserves.map(Sortition.Drawing::tickets).orElse(new long[0]),
                drawn.panel().outcome().selected(),
                drawn.reserveOrder(),
                summary);
    }

    /**
     * SHA-256, in hex, of the pool's lines in id order: the id, then each feature's {@code feature=value} in quota
     * order, separated by tabs, each line ended by a line feed. A commune can publish it before the draw.
     */
    public static String poolHash(VolunteerTypes types) {
        var features = types.quotas().features();
        var lines = new ArrayList<String>();
        for (int t = 0; t < types.size(); t++) {
            var line = new StringBuilder();
            int[] indexes = types.quotaIndexes(t);
            for (int f = 0; f < features.size(); f++) {
                line.append('\t')
                        .append(features.get(f))
                        .append('=')
                        .append(types.quotas().list().get(indexes[f]).value());
            }
            for (var id : types.members(t)) {
                lines.add(id + line);
            }
        }
        lines.sort(java.util.Comparator.comparing(line -> line.substring(0, line.indexOf('\t'))));
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var line : lines) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static List<RecordedType> recorded(VolunteerTypes types) {
        var result = new ArrayList<RecordedType>();
        for (int t = 0; t < types.size(); t++) {
            result.add(new RecordedType(valuesOf(types.quotas(), types.quotaIndexes(t)), types.members(t)));
        }
        return result;
    }

    /** The reserves' types, each named by the values of its first member in the pool's types. */
    private static List<RecordedType> recordedByMembers(Sortition.Drawn drawn, List<List<String>> members) {
        var types = drawn.types();
        var result = new ArrayList<RecordedType>();
        for (var group : members) {
            result.add(new RecordedType(
                    valuesOf(types.quotas(), types.quotaIndexes(types.typeOf(group.getFirst()))), group));
        }
        return result;
    }

    private static Map<String, String> valuesOf(Quotas quotas, int[] indexes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int index : indexes) {
            values.put(
                    quotas.list().get(index).feature(), quotas.list().get(index).value());
        }
        return values;
    }
}
