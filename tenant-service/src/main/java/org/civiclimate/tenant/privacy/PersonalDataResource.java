package org.civiclimate.tenant.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.civiclimate.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me/data} (download what the platform holds about me) and {@code DELETE /api/me} (delete my account). */
@RestController
class PersonalDataResource {

    private final PersonalDataService personalData;

    PersonalDataResource(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @Operation(operationId = "exportMyData", summary = "Download my personal data")
    @GetMapping("/api/me/data")
    ResponseEntity<PersonalDataService.Export> download(Caller caller) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"civiclimate-my-data.json\"")
                .body(personalData.export(caller));
    }

    @Operation(operationId = "deleteMyAccount", summary = "Delete my account")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The caller is the only administrator of a commune")
    @DeleteMapping("/api/me")
    ResponseEntity<Void> delete(Caller caller) {
        personalData.deleteAccount(caller, personalData.memberships(caller));
        return ResponseEntity.noContent().build();
    }
}
