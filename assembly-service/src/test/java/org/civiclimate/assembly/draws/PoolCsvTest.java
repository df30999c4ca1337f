package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class PoolCsvTest {

    private final Quotas quotas = new Quotas(List.of(new Quota("gender", "f", 0, 2), new Quota("gender", "m", 0, 2)));

    @Test
    void semicolons_a_byte_order_mark_and_extra_columns_are_read() {
        var parsed = PoolCsv.read(new StringReader("\uFEFFname;gender;age\nAnn;f;40\nBob;m;51\n"), quotas, 10);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(PoolCsv.Row::name).containsExactly("Ann", "Bob");
        assertThat(parsed.rows()).allMatch(row -> row.pseudonym().matches("[A-Z2-7]{10}"));
    }

    @Test
    void a_header_longer_than_the_look_ahead_and_old_mac_line_ends_are_named_not_crashed_on() {
        var longHeader = "x".repeat(20_000) + ",gender";
        var parsed = PoolCsv.read(new StringReader(longHeader + "\nf,f\n"), quotas, 10);
        var mac = PoolCsv.read(new StringReader("gender\rf\rm\r"), quotas, 10);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(1);
        assertThat(mac.problems()).isEmpty();
        assertThat(mac.rows()).hasSize(2);
    }

    @Test
    void every_mistake_names_its_line_and_column_and_long_cells_are_not_echoed_whole() {
        var parsed = PoolCsv.read(
                new StringReader("gender,email,household\nf,a@x.org,1\n" + "y".repeat(5_000) + ",a@x.org,1\n"),
                quotas,
                10);

        assertThat(parsed.problems())
                .extracting(FieldProblem::field)
                .containsExactly("pool[3].gender", "pool[3].email", "pool[3].household");
        assertThat(parsed.problems().getFirst().detail()).hasSizeLessThan(200);
    }

    @Test
    void more_rows_than_allowed_are_refused() {
        var parsed = PoolCsv.read(new StringReader("gender\nf\nm\nf\n"), quotas, 2);

        assertThat(parsed.problems()).extracting(FieldProblem::field).containsExactly("pool");
    }
}
