package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.DrawRecord;
import org.civiclimate.assembly.draws.domain.Replay;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/** A draw's record, written as JSON, gives the same panel and reserves when re-run, here and in another JVM. */
class ReplayDrawTest {

    private final DrawInstance fixture = SharedInstances.read("sortition_algorithms_fixture_22");

    private DrawRecord drawn(Sortition.Algorithm algorithm, String seed) {
        var request = new Sortition.Request(
                fixture.pool(),
                fixture.quotas(),
                22,
                6,
                algorithm,
                seed,
                "Lotto of 2026-12-05, 1st number",
                Optional.empty(),
                200);
        var drawn = (Sortition.Drawn) new Sortition(new OrToolsOptimizer(), 10_000).run(request, DrawControl.NONE);
        return DrawRecord.of(request, drawn);
    }

    @ParameterizedTest
    @EnumSource(Sortition.Algorithm.class)
    void the_record_alone_gives_the_same_panel_and_reserves(Sortition.Algorithm algorithm) {
        var record = drawn(algorithm, "seed " + algorithm);
        var json = JsonMapper.builder().build().writeValueAsString(record);

        var read = JsonMapper.builder().build().readValue(json, DrawRecord.class);

        assertThat(Replay.of(read).matches(record)).isTrue();
        assertThat(read.poolHash()).hasSize(64).isEqualTo(record.poolHash());
        assertThat(read.selected()).hasSize(22);
        assertThat(read.reserveOrder()).hasSize(6);
    }

    @Test
    void another_jvm_reproduces_the_draw_and_a_tampered_record_is_caught(@TempDir Path folder) throws Exception {
        var record = drawn(Sortition.Algorithm.LEXIMIN, "announced on 2026-12-03");
        var file = folder.resolve("record.json");
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(record));
        var tampered = folder.resolve("tampered.json");
        var swapped = new java.util.ArrayList<>(record.selected());
        swapped.set(0, record.reserveOrder().getFirst());
        Files.writeString(
                tampered,
                JsonMapper.builder()
                        .build()
                        .writeValueAsString(new DrawRecord(
                                record.format(),
                                record.algorithm(),
                                record.algorithmVersion(),
                                record.seed(),
                                record.seedSource(),
                                record.poolHash(),
                                record.poolSize(),
                                record.panelSize(),
                                record.quotas(),
                                record.types(),
                                record.panels(),
                                record.tickets(),
                                record.reserveQuotas(),
                                record.reserveTypes(),
                                record.reservePanels(),
                                record.reserveTickets(),
                                swapped.stream().sorted().toList(),
                                record.reserveOrder(),
                                record.summary())));

        var ok = run(file);
        var caught = run(tampered);

        assertThat(ok.exit()).isZero();
        assertThat(ok.output()).contains("Reproduced").contains(String.join(" ", record.selected()));
        assertThat(caught.exit()).isEqualTo(1);
        assertThat(caught.output()).contains("NOT reproduced");
    }

    private record Run(int exit, String output) {}

    private static Run run(Path record) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ReplayDrawCommand.class.getName(),
                        record.toString()))
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
