package org.civiclimate.plan.strategy;

import java.math.BigDecimal;
import java.util.Map;

/** A commune's plan as the API shows it: its status and the emission factors it counts with (t CO2/MWh). */
record PlanSummary(String status, String factorSet, String factorSetName, Map<String, BigDecimal> factors) {}
