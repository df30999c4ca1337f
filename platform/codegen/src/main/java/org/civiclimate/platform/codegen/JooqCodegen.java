package org.civiclimate.platform.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.civiclimate.platform.infrastructure.DatabaseAccess;
import org.civiclimate.platform.infrastructure.Migrations;
import org.civiclimate.platform.infrastructure.PostgresServer;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Generates a service's jOOQ classes: {@code JooqCodegen <output directory> <package> <changelog directory>}. Skips
 * the work when neither the service's changelogs, nor the platform's, nor the jOOQ version changed since the last run.
 */
public final class JooqCodegen {

    private static final Logger log = LoggerFactory.getLogger(JooqCodegen.class);
    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final String PLATFORM_CHANGELOGS = "classpath*:db/changelog/platform/*.sql";
    /** Tables the platform libraries manage with plain SQL; services never touch them. */
    private static final String EXCLUDED =
            "databasechangelog|databasechangeloglock|outbox_event|processed_event|known_commune";

    private JooqCodegen() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JooqCodegen <output directory> <package> <changelog directory>");
        }
        Path output = Path.of(args[0]);
        String packageName = args[1];
        Path changelogs = Path.of(args[2]);
        Path stamp = output.resolve(".civiclimate-codegen-" + packageName.replace('.', '-'));
        String fingerprint = fingerprint(changelogs);
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            log.info("jOOQ classes for {} are up to date", packageName);
            return;
        }
        long began = System.nanoTime();
        try (var postgres = PostgresServer.startEmbedded(null, 0)) {
            DatabaseAccess database = postgres.provision("codegen");
            Migrations.migrate(database, MASTER, JooqCodegen.class.getClassLoader());
            generate(database, output, packageName);
        }
        Files.createDirectories(output);
        Files.writeString(stamp, fingerprint);
        log.info("Generated jOOQ classes for {} in {} ms", packageName, (System.nanoTime() - began) / 1_000_000);
    }

    private static void generate(DatabaseAccess database, Path output, String packageName) throws Exception {
        Path packageDirectory = output.resolve(packageName.replace('.', '/'));
        deleteRecursively(packageDirectory);
        GenerationTool.generate(new Configuration()
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(database.jdbcUrl())
                        .withUser(database.ownerUser())
                        .withPassword(database.ownerPassword()))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withIncludes(".*")
                                .withExcludes(EXCLUDED)
                                .withIncludeRoutines(false))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false)
                                .withComments(true))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toString())
                                .withClean(true))));
    }

    /** A digest of every changelog that shapes the schema, and of the generator itself. */
    private static String fingerprint(Path changelogs) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(org.jooq.Constants.VERSION.getBytes(StandardCharsets.UTF_8));
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(changelogs)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path file : files) {
            digest.update(changelogs.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        Resource[] platform = new PathMatchingResourcePatternResolver(JooqCodegen.class.getClassLoader())
                .getResources(PLATFORM_CHANGELOGS);
        java.util.Arrays.sort(platform, Comparator.comparing(Resource::getDescription));
        for (Resource resource : platform) {
            try (var in = resource.getInputStream()) {
                digest.update(in.readAllBytes());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
