package org.civiclimate.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Test configuration: a system property ({@code civiclimate.test.kafka.bootstrap-servers}), else the environment
 * variable ({@code CIVICLIMATE_TEST_KAFKA_BOOTSTRAP_SERVERS}), else a {@code .env.test} file in the working directory
 * or any parent (same keys as the environment).
 */
final class TestSettings {

    private static final Properties DOT_ENV = loadDotEnv();

    private TestSettings() {}

    static Optional<String> get(String key) {
        String env = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(env)))
                .or(() -> Optional.ofNullable(DOT_ENV.getProperty(env)))
                .filter(value -> !value.isBlank());
    }

    private static Properties loadDotEnv() {
        var properties = new Properties();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(".env.test");
            if (Files.isRegularFile(file)) {
                try (var reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                break;
            }
        }
        return properties;
    }
}
