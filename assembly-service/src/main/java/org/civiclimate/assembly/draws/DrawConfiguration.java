package org.civiclimate.assembly.draws;

import org.civiclimate.assembly.draws.domain.Optimizer;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The solver the draws' programmes go to. */
@Configuration(proxyBeanMethods = false)
class DrawConfiguration {

    @Bean
    Optimizer drawOptimizer() {
        return new OrToolsOptimizer();
    }
}
