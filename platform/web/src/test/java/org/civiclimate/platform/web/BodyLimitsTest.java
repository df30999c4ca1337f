package org.civiclimate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(1_000, 20_000, List.of(BodyLimits.DEFAULT_UPLOAD_PATHS));

    @Test
    void aSessionsDocumentsAndADrawsPoolAndRegisterTakeTheUploadLimitAndEverythingElseTheStandardOne() {
        assertThat(limits.allowedFor("/api/communes/uccle/assembly/assemblies/a1/draws/d1/pool"))
                .isEqualTo(20_000);
        assertThat(limits.allowedFor("/api/communes/uccle/assembly/assemblies/a1/draws/d1/register"))
                .isEqualTo(20_000);
        assertThat(limits.allowedFor("/api/communes/uccle/assembly/assemblies/a1/sessions/s1/documents"))
                .isEqualTo(20_000);
        assertThat(limits.allowedFor("/api/communes/uccle/assembly/assemblies/a1/sessions/s1/attendance"))
                .isEqualTo(1_000);
        // One segment per star: a longer path does not borrow the upload limit.
        assertThat(limits.allowedFor("/api/communes/uccle/x/assembly/assemblies/a1/sessions/s1/documents"))
                .isEqualTo(1_000);
        assertThat(limits.allowedFor("/api/communes/uccle/assembly/assemblies/a1/sessions/s1/documents/d1"))
                .isEqualTo(1_000);
    }
}
