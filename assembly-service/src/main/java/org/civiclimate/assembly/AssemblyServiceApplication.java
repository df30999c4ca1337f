package org.civiclimate.assembly;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Assemblies, sortition, mandates, sessions, attendance, recommendations, government responses, follow-up, and the indemnification ledger. */
@SpringBootApplication
public class AssemblyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssemblyServiceApplication.class, args);
    }
}
