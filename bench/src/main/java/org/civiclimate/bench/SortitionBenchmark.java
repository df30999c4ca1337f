package org.civiclimate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civiclimate.assembly.draws.DrawInstance;
import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.Goldilocks;
import org.civiclimate.assembly.draws.domain.Legacy;
import org.civiclimate.assembly.draws.domain.Leximin;
import org.civiclimate.assembly.draws.domain.Pool;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.assembly.draws.domain.SeededRandom;
import org.civiclimate.assembly.draws.domain.TransparentLottery;
import org.civiclimate.assembly.draws.domain.Volunteer;
import org.civiclimate.assembly.draws.domain.VolunteerTypes;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;

/**
 * LEXIMIN, Goldilocks and legacy on sortition instances: for each, n, k, the number of volunteer types, LEXIMIN's
 * and Goldilocks' smallest and largest selection probability and time, legacy's minimum estimated from {@code legacyRuns} panels with its 99 % interval
 * and time. Instances come from folders in the replication's, sortition-algorithms' or opendlp's shape
 * ({@code -Dinstances=a,b}: an instance folder, or a folder of them), and from generated pools
 * ({@code -Dgenerated=1000x100x5}: n, k and the number of features, see {@link #generated}).
 */
public final class SortitionBenchmark {

    private SortitionBenchmark() {}

    public static void main(String[] args) throws IOException {
        int legacyRuns = Integer.getInteger("legacyRuns", 10_000);
        var instances = new ArrayList<DrawInstance>();
        for (var entry : System.getProperty("instances", "").split(",")) {
            if (!entry.isBlank()) {
                instances.addAll(readAll(Path.of(entry.strip())));
            }
        }
        for (var entry : System.getProperty("generated", "").split(",")) {
            if (!entry.isBlank()) {
                var sizes = entry.strip().split("x");
                instances.add(
                        generated(Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1]), Integer.parseInt(sizes[2])));
            }
        }
        var optimizer = new OrToolsOptimizer();
        var leximin = new Leximin(optimizer, 300_000);
        var goldilocks = new Goldilocks(optimizer, 300_000);
        var transparent = new TransparentLottery(optimizer, 300_000);
        System.out.println(
                "| instance | n | k | types | LEXIMIN min / max | LEXIMIN time | LEXIMIN rounded to 1,000 panels, min | Goldilocks min / max | Goldilocks time"
                        + " | legacy min (99 % interval) over " + legacyRuns
                        + " panels | legacy dead ends | legacy time |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (var instance : instances) {
            var types = new VolunteerTypes(instance.pool(), instance.quotas());
            long start = System.nanoTime();
            var distribution = leximin.distribute(types, instance.panelSize(), DrawControl.NONE)
                    .orElseThrow();
            double leximinSeconds = (System.nanoTime() - start) / 1e9;
            var rounded = transparent.round(distribution, 1_000, new SeededRandom("bench"));
            start = System.nanoTime();
            var fair = goldilocks
                    .distribute(types, instance.panelSize(), DrawControl.NONE)
                    .orElseThrow();
            double goldilocksSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            var estimate = new Legacy(types, instance.panelSize()).estimate(legacyRuns, new SeededRandom("bench"));
            double legacySeconds = (System.nanoTime() - start) / 1e9;
            double[] interval = estimate.interval99(estimate.minimum());
            System.out.println(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.4f / %.4f | %.2f s | %.4f | %.4f / %.4f | %.2f s | %.4f (%.4f-%.4f) | %.1f %% | %.2f s |",
                    instance.name(),
                    instance.pool().size(),
                    instance.panelSize(),
                    types.size(),
                    distribution.minimum(),
                    distribution.maximum(),
                    leximinSeconds,
                    rounded.minimum(),
                    fair.minimum(),
                    fair.maximum(),
                    goldilocksSeconds,
                    estimate.minimum(),
                    interval[0],
                    interval[1],
                    100 * estimate.deadEndShare(),
                    legacySeconds));
        }
    }

    private static List<DrawInstance> readAll(Path folder) throws IOException {
        boolean isInstance =
                Files.exists(folder.resolve("categories.csv")) || Files.exists(folder.resolve("features.csv"));
        if (isInstance) {
            return List.of(DrawInstance.read(folder));
        }
        var result = new ArrayList<DrawInstance>();
        try (var children = Files.list(folder)) {
            for (var child : children.filter(Files::isDirectory).sorted().toList()) {
                result.addAll(readAll(child));
            }
        }
        return result;
    }

    /**
     * A pool of {@code n} shaped like real volunteer pools, which differ from the population the quotas follow:
     * {@code features} features of 2, 5, 4, 3, 3, ... values; in the pool, the i-th value of a feature weighs i + 1
     * (self-selection skews it), and every feature after the first copies the first one's value (modulo its count)
     * for half the volunteers (features correlate); the quotas follow a population where each value has an equal
     * share, from 90 % to 110 % of that share of k. All from a fixed seed, so each size is one reproducible pool.
     */
    static DrawInstance generated(int n, int k, int features) {
        int[] valueCounts = {2, 5, 4, 3, 3, 4, 2};
        var random = new SeededRandom("generated " + n + "x" + k + "x" + features);
        var volunteers = new ArrayList<Volunteer>();
        for (int v = 0; v < n; v++) {
            Map<String, String> values = new HashMap<>();
            int first = 0;
            for (int f = 0; f < features; f++) {
                int count = valueCounts[f % valueCounts.length];
                int value;
                if (f > 0 && random.nextInt(2) == 0) {
                    value = first % count;
                } else {
                    int ticket = random.nextInt(count * (count + 1) / 2);
                    value = 0;
                    for (int weight = 1; ticket >= weight; weight++) {
                        ticket -= weight;
                        value++;
                    }
                }
                first = f == 0 ? value : first;
                values.put("f" + f, "v" + value);
            }
            volunteers.add(new Volunteer("g" + v, values));
        }
        var quotas = new ArrayList<Quota>();
        for (int f = 0; f < features; f++) {
            int count = valueCounts[f % valueCounts.length];
            double share = (double) k / count;
            for (int value = 0; value < count; value++) {
                quotas.add(
                        new Quota("f" + f, "v" + value, (int) Math.floor(0.9 * share), (int) Math.ceil(1.1 * share)));
            }
        }
        return new DrawInstance(
                "generated_" + n + "_" + features + "f_" + k, new Quotas(quotas), new Pool(volunteers), k);
    }
}
