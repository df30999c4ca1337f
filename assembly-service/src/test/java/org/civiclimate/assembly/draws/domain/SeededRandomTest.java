package org.civiclimate.assembly.draws.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void the_numbers_are_those_any_sha_256_gives_for_the_seed() {
        // Computed apart, with Python: int.from_bytes(hashlib.sha256(b"civiclimate/0").digest()[:8], "big").
        assertThat(new SeededRandom("civiclimate").nextLong()).isEqualTo(4167425036975547305L);
        var random = new SeededRandom("civiclimate");
        assertThat(random.nextInt(1000)).isEqualTo(652);
        assertThat(random.nextInt(1000)).isEqualTo(26);
    }

    @Test
    void the_same_seed_gives_the_same_stream_across_blocks_and_another_seed_another() {
        var first = new SeededRandom("2026-12-03 Lotto 7 12 19 28 33 41");
        var second = new SeededRandom("2026-12-03 Lotto 7 12 19 28 33 41");
        var other = new SeededRandom("2026-12-03 Lotto 7 12 19 28 33 42");
        boolean differs = false;
        for (int i = 0; i < 100; i++) {
            long value = first.nextLong();
            assertThat(second.nextLong()).isEqualTo(value);
            differs |= other.nextLong() != value;
        }
        assertThat(differs).isTrue();
    }

    @Test
    void integers_below_a_bound_are_uniform() {
        var random = new SeededRandom("uniform");
        int[] counts = new int[3];
        for (int i = 0; i < 30_000; i++) {
            counts[random.nextInt(3)]++;
        }
        // Each count is 10,000 ± 3 standard deviations (about 245).
        assertThat(java.util.Arrays.stream(counts).boxed().toList())
                .allSatisfy(count -> assertThat(count).isBetween(9_755, 10_245));
    }
}
