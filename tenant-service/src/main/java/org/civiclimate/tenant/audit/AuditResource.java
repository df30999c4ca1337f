package org.civiclimate.tenant.audit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.PageResponse;
import org.civiclimate.tenant.roles.RoleService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/communes/{slug}/audit}: the commune's audit trail, for its admins and the operators. */
@RestController
class AuditResource {

    private final AuditService trail;
    private final RoleService roles;

    AuditResource(AuditService trail, RoleService roles) {
        this.trail = trail;
        this.roles = roles;
    }

    @Operation(operationId = "listAuditEntries", summary = "List the audit log of a commune")
    @GetMapping("/api/communes/{slug}/audit")
    PageResponse<AuditEntry> audit(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Caller caller) {
        var commune = CommuneContext.require();
        roles.requireAdminOrOperator(commune, caller);
        return trail.page(commune, page, size);
    }
}
