package org.civiclimate.assembly.ledger;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.civiclimate.assembly.ledger.domain.AllowanceRule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/communes/{slug}/assembly/allowance-rules}: what the commune pays its members by. */
@RestController
class LedgerResource {

    private final LedgerService ledger;

    LedgerResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Operation(operationId = "listAllowanceRules", summary = "List the allowance rules of a commune's assembly")
    @GetMapping("/api/communes/{slug}/assembly/allowance-rules")
    List<AllowanceRule> allowanceRules(@PathVariable String slug) {
        return ledger.allowanceRules();
    }
}
