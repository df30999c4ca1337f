/**
 * The plan's strategy: which reference emission factors the commune's plan uses and where the plan stands. A commune
 * gets an empty plan on the reference set when it is provisioned. Guarded by {@code StrategyIT}.
 */
@NullMarked
package org.civiclimate.plan.strategy;

import org.jspecify.annotations.NullMarked;
