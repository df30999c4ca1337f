package org.civiclimate.assembly.draws;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civiclimate.assembly.draws.domain.DrawRecord;
import org.civiclimate.assembly.draws.domain.Replay;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-runs a published draw from its downloaded record, on any machine, with no server: prints the panel and the
 * reserves the seed gives, and whether they are the record's. Exit status 0 if they are, 1 if not, 2 if the file
 * cannot be read. From a build: {@code java -cp assembly-service/target/assembly-service-*-exec.jar
 * -Dloader.main=org.civiclimate.assembly.draws.ReplayDrawCommand org.springframework.boot.loader.launch.PropertiesLauncher
 * record.json}.
 */
public final class ReplayDrawCommand {

    private ReplayDrawCommand() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: ReplayDrawCommand <draw record, JSON>");
            System.exit(2);
        }
        DrawRecord record;
        try {
            record = JsonMapper.builder().build().readValue(Files.readString(Path.of(args[0])), DrawRecord.class);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("Cannot read the draw record " + args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        var result = Replay.of(record);
        System.out.println("Seed: " + record.seed() + " (announced: " + record.seedSource() + ")");
        System.out.println("Algorithm: " + record.algorithm() + " " + record.algorithmVersion());
        System.out.println("Pool: " + record.poolSize() + " volunteers, SHA-256 " + record.poolHash());
        System.out.println("Panel: " + String.join(" ", result.selected()));
        System.out.println("Reserves, in calling order: " + String.join(" ", result.reserveOrder()));
        if (result.matches(record)) {
            System.out.println("Reproduced: the same panel and reserves as the record.");
        } else {
            System.out.println("NOT reproduced: the record says panel " + String.join(" ", record.selected())
                    + " and reserves " + String.join(" ", record.reserveOrder()));
            System.exit(1);
        }
    }
}
