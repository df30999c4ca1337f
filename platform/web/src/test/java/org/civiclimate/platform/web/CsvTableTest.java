package org.civiclimate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
        var csv = CsvTable.withHeader(List.of("title", "note"))
                .row(List.of("Bike lanes, everywhere", "He said \"now\"\nthen left"))
                .toString();
        assertThat(csv)
                .isEqualTo("\uFEFFtitle,note\r\n\"Bike lanes, everywhere\",\"He said \"\"now\"\"\nthen left\"\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulasButKeepsNegativeNumbers() {
        assertThat(CsvTable.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvTable.cell("+33")).isEqualTo("'+33");
        assertThat(CsvTable.cell("-12.5")).isEqualTo("-12.5");
        assertThat(CsvTable.cell("plain")).isEqualTo("plain");
    }

    @Test
    void writesNullAsAnEmptyCellAndRefusesARowOfTheWrongWidth() {
        var table = CsvTable.withHeader(List.of("a", "b"));
        assertThat(table.row(Arrays.asList(1, null)).toString()).endsWith("1,\r\n");
        assertThatThrownBy(() -> table.row(List.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
