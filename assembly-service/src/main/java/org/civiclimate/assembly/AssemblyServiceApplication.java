package org.civiclimate.assembly;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Assemblies, sortition, mandates, sessions, attendance, recommendations, government responses, follow-up, and the indemnification ledger. */
@SpringBootApplication
@EnableScheduling
public class AssemblyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssemblyServiceApplication.class, args);
    }

    /** The time services and deadlines read (a test may give its own). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
