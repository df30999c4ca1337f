package org.civiclimate.assembly.draws;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the public sign-up page of a draw asks: the draw, each feature and its values, until when it is open. */
record PublicSignUp(
        UUID drawId,
        String title,
        String assemblyName,
        List<FeatureChoice> features,
        OffsetDateTime signUpUntil,
        boolean open) {

    /** A feature the draw stratifies on, and the values one may answer. */
    record FeatureChoice(String feature, List<String> values) {}
}
