package org.civiclimate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The browser journeys ({@code e2e/browser/tests}): Debian's Chromium, driven by playwright-core, signs in through
 * the real Keycloak login page of the platform started for these tests, and checks every page with axe-core.
 * Screenshots of each page are kept in {@code e2e/target/browser-artifacts}.
 */
@Order(2)
class BrowserJourneysIT {

    @Test
    void everyBrowserJourneyPasses() throws Exception {
        var platform = RunningPlatform.get();
        Path browser = Path.of(System.getProperty("civiclimate.e2e.browser", "browser"));
        Path artifacts = Path.of(System.getProperty("civiclimate.e2e.artifacts", "target/browser-artifacts"));
        Files.createDirectories(artifacts);
        Path report = artifacts.resolve("journeys.log");
        var process = new ProcessBuilder("npm", "test")
                .directory(browser.toFile())
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        var environment = process.environment();
        environment.put("CIVICLIMATE_URL", platform.url("gateway.url"));
        environment.put("CIVICLIMATE_DEMO_PASSWORD", platform.tokens().demoPassword());
        environment.put("CIVICLIMATE_MAIL_URL", platform.url("mail.url"));
        environment.put("CIVICLIMATE_ARTIFACTS", artifacts.toAbsolutePath().toString());
        environment.putIfAbsent("CHROMIUM", "/usr/bin/chromium");

        var run = process.start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }

        String output = Files.readString(report);
        assertThat(finished)
                .as("browser journeys finished within 10 minutes:\n" + output)
                .isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }
}
