package org.civiclimate.assembly.draws;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A completed draw as anyone sees it, signed out: nothing personal, volunteers by pseudonym only. Each quota value's
 * mean selection probability is published, and the register's hash and counts when the letters were drawn from one;
 * the full record, to re-run the draw, is one link further.
 */
record PublicDraw(
        UUID id,
        String title,
        String algorithm,
        String algorithmVersion,
        String seed,
        String seedSource,
        String poolHash,
        int poolSize,
        int panelSize,
        List<ValueRow> quotas,
        List<String> selected,
        List<String> reserves,
        double minimum,
        double maximum,
        @Nullable DrawRegister register,
        @Nullable OffsetDateTime finishedAt) {

    record ValueRow(String feature, String value, int min, int max, int seats, double probability) {}
}
