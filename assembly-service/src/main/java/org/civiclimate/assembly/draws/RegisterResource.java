package org.civiclimate.assembly.draws;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A draw's register for the invitation lottery (stage 1 with the register uploaded): staff upload it as CSV, the
 * letters are drawn from it ({@code POST .../invitations}), staff download the letters with names and addresses, and
 * delete the register's personal data once the letters are printed (before the draw may run).
 */
@RestController
class RegisterResource {

    private static final String REGISTER = "/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/register";

    private final RegisterService registers;

    RegisterResource(RegisterService registers) {
        this.registers = registers;
    }

    @Operation(
            operationId = "uploadDrawRegister",
            summary = "Upload the register: the CSV file as the body (UTF-8; household, name, address, optional"
                    + " district), read as it streams in, replacing an earlier one; every row or none (staff)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    // Any Content-Type, or none: the body is read as the file's bytes.
    @PutMapping(REGISTER)
    DrawView upload(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            Caller caller,
            HttpServletRequest request)
            throws IOException {
        registers.requireUploader(assembly, draw, caller);
        // Read whole before any transaction (within the upload limit, owner-only file): a slow upload holds no
        // connection nor the draw's lock.
        Path spooled = Files.createTempFile("register-", ".csv");
        try {
            try (var body = request.getInputStream()) {
                Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            return registers.upload(assembly, draw, spooled, caller);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    @Operation(
            operationId = "downloadDrawMailMerge",
            summary = "The letters drawn from the register as a mail-merge CSV with names and addresses, until the"
                    + " register is deleted (staff)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping(REGISTER + "/mail-merge")
    void mailMerge(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            Caller caller,
            HttpServletResponse response) {
        registers.writeMailMerge(
                assembly, draw, slug, caller, CsvDownload.opening(response, "mail-merge-" + draw + ".csv"));
    }

    @Operation(
            operationId = "deleteDrawRegister",
            summary = "Delete the register's names and addresses (once the mail merge is printed: the draw cannot run"
                    + " before); one no letter was drawn from goes whole (staff)")
    @DeleteMapping(REGISTER)
    DrawView delete(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID draw, Caller caller) {
        return registers.delete(assembly, draw, caller);
    }
}
