package org.civiclimate.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The energy and climate action plan (PAED/SECAP): targets, inventories, emission factors, actions, monitoring, risks. */
@SpringBootApplication
public class PlanServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanServiceApplication.class, args);
    }
}
