package org.civiclimate.assembly.space;

import io.swagger.v3.oas.annotations.Operation;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/communes/{slug}/assembly}. The tenancy filter has bound the commune, or answered 404. */
@RestController
class AssemblySpaceResource {

    private final AssemblySpaceService spaces;

    AssemblySpaceResource(AssemblySpaceService spaces) {
        this.spaces = spaces;
    }

    @Operation(operationId = "getAssemblySpace", summary = "Get the assembly space of a commune")
    @GetMapping("/api/communes/{slug}/assembly")
    AssemblySpace space(@PathVariable String slug) {
        return spaces.of(CommuneContext.require());
    }
}
