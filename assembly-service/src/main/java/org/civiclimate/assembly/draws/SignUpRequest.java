package org.civiclimate.assembly.draws;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A person's sign-up as a volunteer, with the code of the letter their household received: name, address to be
 * offered a seat at, the value of each feature the draw stratifies on, and their consent to the data's use for it.
 */
record SignUpRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z2-7 -]{10,20}", message = "must be the code printed on the letter")
        String code,

        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,

        @NotBlank @Email @Size(max = 320) String email,

        @Nullable @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String household,

        @NotNull Map<String, String> features,

        @NotNull @AssertTrue(message = "must be given to sign up")
        Boolean consent) {}
