/**
 * The indemnification ledger: what members are owed and paid. For now, the allowance rules a commune pays by, which
 * start from its country's defaults when the commune is provisioned. Guarded by {@code DefaultAllowanceRulesTest}
 * and {@code LedgerIT}.
 */
@NullMarked
package org.civiclimate.assembly.ledger;

import org.jspecify.annotations.NullMarked;
