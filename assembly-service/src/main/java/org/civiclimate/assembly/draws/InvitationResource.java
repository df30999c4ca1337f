package org.civiclimate.assembly.draws;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A draw's invitation letters and its public sign-up (stage 1 and 2, the register staying outside the platform):
 * staff ask for the letters and download their codes as a mail-merge CSV; the people who receive them read the sign-up
 * form and sign up, signed out.
 */
@RestController
class InvitationResource {

    private static final String DRAWS = "/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}";
    private static final String PUBLIC = "/api/public/communes/{slug}/assembly/draws/{draw}/sign-up";

    private final SignUpService signUps;

    InvitationResource(SignUpService signUps) {
        this.signUps = signUps;
    }

    @Operation(
            operationId = "inviteToDraw",
            summary =
                    "Add invitation letters, each with a code, and open the public sign-up until the time given (staff)")
    @PostMapping(DRAWS + "/invitations")
    DrawView invite(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @RequestBody InvitationRequest request,
            Caller caller) {
        return signUps.invite(assembly, draw, request, caller);
    }

    @Operation(
            operationId = "moveDrawSignUp",
            summary = "Move the closing time of the draw's public sign-up, within the coming year (staff)")
    @PutMapping(DRAWS + "/sign-up-until")
    DrawView moveSignUp(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            @RequestBody SignUpUntilRequest request,
            Caller caller) {
        return signUps.moveSignUp(assembly, draw, request, caller);
    }

    @Operation(
            operationId = "downloadDrawLetters",
            summary = "The letters as a mail-merge CSV: number, code and sign-up link (staff)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @GetMapping(DRAWS + "/invitations")
    void letters(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID draw,
            Caller caller,
            HttpServletResponse response) {
        signUps.writeLetters(assembly, draw, slug, caller, CsvDownload.opening(response, "letters-" + draw + ".csv"));
    }

    @Operation(operationId = "getSignUpForm", summary = "What a draw's public sign-up asks, and until when (anyone)")
    @GetMapping(PUBLIC)
    PublicSignUp form(@PathVariable String slug, @PathVariable UUID draw) {
        return signUps.form(draw);
    }

    @Operation(
            operationId = "signUpForDraw",
            summary = "Sign up as a volunteer with the code of one's letter, one's feature values and consent (anyone)")
    @ApiResponse(responseCode = "201", description = "Signed up")
    @PostMapping(PUBLIC)
    ResponseEntity<SignedUp> signUp(
            @PathVariable String slug, @PathVariable UUID draw, @RequestBody SignUpRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(signUps.signUp(draw, request));
    }
}
