package org.civiclimate.assembly.draws;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civiclimate.assembly.draws.domain.Pool;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.assembly.draws.domain.Volunteer;

/**
 * A draw's quotas, pool and panel size read from a folder in one of the shapes sortition tools publish:
 *
 * <ul>
 *   <li>the Nature paper's replication ({@code categories.csv} with {@code category,feature,min,max} and
 *       {@code respondents.csv} without an id column: the row index is the id);
 *   <li>sortition-algorithms ({@code features.csv} with {@code feature,value,min,max[,min_flex,max_flex]}, or
 *       {@code category,name,...}, and {@code candidates.csv} with its {@code nationbuilder_id});
 *   <li>an opendlp sheet export ({@code categories.csv} with {@code category,name,...,min,max} and
 *       {@code respondents.csv} with its {@code unique_id}).
 * </ul>
 *
 * The panel size is the number after the folder name's last underscore ({@code example_small_20}), the replication's
 * convention. Values are kept as strings and compared exactly.
 */
public record DrawInstance(String name, Quotas quotas, Pool pool, int panelSize) {

    private static final List<String> ID_COLUMNS = List.of("id", "nationbuilder_id", "unique_id");

    public static DrawInstance read(Path folder) throws IOException {
        var name = folder.getFileName().toString();
        int panelSize = Integer.parseInt(name.substring(name.lastIndexOf('_') + 1));
        boolean algorithms = Files.exists(folder.resolve("features.csv"));
        var quotas = readQuotas(folder.resolve(algorithms ? "features.csv" : "categories.csv"));
        var pool = readPool(folder.resolve(algorithms ? "candidates.csv" : "respondents.csv"), quotas);
        return new DrawInstance(name, quotas, pool, panelSize);
    }

    /** Quotas from a header naming the feature ({@code category} or {@code feature}) and its value. */
    public static Quotas readQuotas(Path file) throws IOException {
        var quotas = new ArrayList<Quota>();
        try (var parser = format().parse(reader(file))) {
            var header = parser.getHeaderNames();
            // In the replication's shape "feature" is the value; in sortition-algorithms' it is the characteristic.
            String featureColumn = header.contains("category") ? "category" : "feature";
            String valueColumn = header.contains("value") ? "value" : header.contains("name") ? "name" : "feature";
            for (CSVRecord row : parser) {
                quotas.add(new Quota(
                        row.get(featureColumn),
                        row.get(valueColumn),
                        Integer.parseInt(row.get("min").strip()),
                        Integer.parseInt(row.get("max").strip())));
            }
        }
        return new Quotas(quotas);
    }

    /** Volunteers with their value for each of the quotas' features; other columns are ignored. */
    public static Pool readPool(Path file, Quotas quotas) throws IOException {
        var volunteers = new ArrayList<Volunteer>();
        try (var parser = format().parse(reader(file))) {
            var header = parser.getHeaderNames();
            var idColumn = ID_COLUMNS.stream().filter(header::contains).findFirst();
            int index = 0;
            for (CSVRecord row : parser) {
                Map<String, String> features = new LinkedHashMap<>();
                for (var feature : quotas.features()) {
                    features.put(feature, row.get(feature));
                }
                volunteers.add(new Volunteer(idColumn.map(row::get).orElse(String.valueOf(index)), features));
                index++;
            }
        }
        return new Pool(volunteers);
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
    }

    private static Reader reader(Path file) throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
