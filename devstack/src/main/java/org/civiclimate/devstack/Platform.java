package org.civiclimate.devstack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.civiclimate.platform.infrastructure.DatabaseAccess;
import org.civiclimate.platform.infrastructure.KafkaServer;
import org.civiclimate.platform.infrastructure.KeycloakDistribution;
import org.civiclimate.platform.infrastructure.KeycloakServer;
import org.civiclimate.platform.infrastructure.MailCatcher;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.infrastructure.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on this machine: PostgreSQL (one database per service), Kafka, Keycloak with the platform
 * realm, and the four applications as child processes, started in parallel where they can be. Closing it stops
 * everything it started, applications first.
 */
public final class Platform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Platform.class);

    private final PlatformSettings settings;
    private final Secrets secrets;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final List<Application> applications = new ArrayList<>();
    /**
     * Threads of our own: they inherit the context class loader of the thread that starts the platform, which in a
     * Spring Boot jar is the one that sees the nested jars (the common pool's threads do not, and Kafka looks classes
     * up there).
     */
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("devstack-", 0).factory());

    private Platform(PlatformSettings settings, Secrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    /** Starts everything and returns once every application is ready; stops what started if anything fails. */
    public static Platform start(PlatformSettings settings, Consumer<String> progress) {
        var platform = new Platform(settings, Secrets.loadOrCreate(settings.dataDirectory()));
        try {
            platform.startAll(progress);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public PlatformSettings settings() {
        return settings;
    }

    public Secrets secrets() {
        return secrets;
    }

    private void startAll(Consumer<String> progress) {
        var data = settings.dataDirectory();
        progress.accept("Starting PostgreSQL");
        var postgres = PostgresServer.startEmbedded(data.resolve("postgres"), settings.postgresPort());
        running.push(postgres);
        var tenant = postgres.provision("tenant");
        var assembly = postgres.provision("assembly");
        var plan = postgres.provision("plan");
        var gateway = postgres.provision("gateway");
        var keycloakDatabase = postgres.provisionOwnedDatabase("keycloak");

        var mail = MailCatcher.start(settings.smtpPort(), settings.mailPort());
        running.push(mail);
        progress.accept("Starting Kafka and Keycloak");
        var kafka = CompletableFuture.supplyAsync(
                () -> KafkaServer.startEmbedded(data.resolve("kafka"), settings.kafkaPort()), executor);
        var keycloak = CompletableFuture.supplyAsync(() -> startKeycloak(keycloakDatabase), executor);
        running.push(() -> keycloak.thenAccept(KeycloakServer::close).join());
        running.push(() -> kafka.thenAccept(KafkaServer::close).join());
        String bootstrap = join(kafka).bootstrapServers();

        progress.accept("Starting the applications");
        applications.add(service("tenant-service", settings.tenantPort(), tenant, bootstrap));
        applications.add(service("assembly-service", settings.assemblyPort(), assembly, bootstrap));
        applications.add(service("plan-service", settings.planPort(), plan, bootstrap));
        applications.add(Application.start(
                settings.repository(),
                "gateway",
                settings.gatewayPort(),
                List.of(
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer(),
                        "civiclimate.gateway.rate-limit.per-user=" + 600 * settings.rateLimitFactor(),
                        "civiclimate.gateway.rate-limit.per-commune=" + 3000 * settings.rateLimitFactor(),
                        "civiclimate.gateway.rate-limit.per-stranger-commune=" + 1000 * settings.rateLimitFactor(),
                        "civiclimate.gateway.rate-limit.per-anonymous-commune=" + 1000 * settings.rateLimitFactor(),
                        "spring.datasource.url=" + gateway.jdbcUrl(),
                        "spring.datasource.username=" + gateway.appUser(),
                        "spring.datasource.password=" + gateway.appPassword(),
                        "spring.liquibase.user=" + gateway.ownerUser(),
                        "spring.liquibase.password=" + gateway.ownerPassword(),
                        // The routes are a list: set the placeholders it uses, not items (which would replace it).
                        "ASSEMBLY_SERVICE_URL=http://127.0.0.1:" + settings.assemblyPort(),
                        "PLAN_SERVICE_URL=http://127.0.0.1:" + settings.planPort(),
                        "TENANT_SERVICE_URL=http://127.0.0.1:" + settings.tenantPort()),
                data.resolve("logs"),
                "192m"));
        applications.forEach(application -> running.push(application));
        CompletableFuture.allOf(applications.stream()
                        .map(application -> CompletableFuture.runAsync(application::awaitReady, executor))
                        .toArray(CompletableFuture[]::new))
                .join();
        join(keycloak);
        progress.accept("Loading demo data");
        new DemoData(this).load();
    }

    private KeycloakServer startKeycloak(DatabaseAccess database) {
        var distribution = KeycloakDistribution.prepare(KeycloakDistribution.defaultCacheRoot());
        return KeycloakServer.start(
                distribution,
                new KeycloakServer.Settings(
                        settings.dataDirectory().resolve("keycloak"),
                        database,
                        settings.keycloakPort(),
                        settings.keycloakManagementPort(),
                        List.of(PlatformRealm.REALM_RESOURCE, PlatformRealm.DEMO_USERS_RESOURCE),
                        PlatformRealm.environment(
                                secrets.tenantAdminSecret(),
                                secrets.testClientSecret(),
                                secrets.demoPassword(),
                                true,
                                "http://localhost:" + settings.gatewayPort(),
                                settings.smtpPort()),
                        "admin",
                        secrets.keycloakAdminPassword(),
                        "320m",
                        settings.keycloakPublicUrl(),
                        // The realm as shipped names only the web app's URL; devstack also serves Vite and any port.
                        PlatformRealm.DEVELOPMENT_WEB_ORIGINS));
    }

    private Application service(String module, int port, DatabaseAccess database, String kafka) {
        return Application.start(
                settings.repository(),
                module,
                port,
                List.of(
                        "spring.datasource.url=" + database.jdbcUrl(),
                        "spring.datasource.username=" + database.appUser(),
                        "spring.datasource.password=" + database.appPassword(),
                        "spring.liquibase.user=" + database.ownerUser(),
                        "spring.liquibase.password=" + database.ownerPassword(),
                        "spring.kafka.bootstrap-servers=" + kafka,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer(),
                        "civiclimate.keycloak.url=http://127.0.0.1:" + settings.keycloakPort(),
                        "civiclimate.keycloak.client-secret=" + secrets.tenantAdminSecret(),
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + settings.smtpPort(),
                        "civiclimate.notifications.web-url=http://localhost:" + settings.gatewayPort(),
                        // tenant-service's onboarding (the other services ignore it): communes are provisioned on
                        // request, without an operator's approval (production asks for it), and the demo admin
                        // requests four at once.
                        "civiclimate.onboarding.require-approval=false",
                        "civiclimate.onboarding.max-open-requests=10"),
                settings.dataDirectory().resolve("logs"),
                "256m");
    }

    String issuer() {
        return settings.keycloakPublicUrl() + "/realms/" + PlatformRealm.NAME;
    }

    /** The running applications, by module name, for messages and tests. */
    public List<String> applicationUrls() {
        return applications.stream().map(a -> a.name() + " " + a.url()).toList();
    }

    @Override
    public void close() {
        long began = System.nanoTime();
        // Applications in parallel, then the servers in reverse order of start.
        var stopping = new ArrayList<CompletableFuture<Void>>();
        while (!running.isEmpty() && running.peek() instanceof Application application) {
            running.pop();
            stopping.add(CompletableFuture.runAsync(application::close, executor));
        }
        stopping.forEach(CompletableFuture::join);
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                log.warn("Could not stop cleanly: {}", e.toString());
            }
        }
        executor.shutdown();
        log.info("Stopped in {} ms", Duration.ofNanos(System.nanoTime() - began).toMillis());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
