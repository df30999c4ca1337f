package org.civiclimate.tenant.membership;

import java.util.List;
import org.civiclimate.tenant.membership.domain.JoinPolicy;

/** A commune's public card: enough to find it and know how to join it. */
record PublicCommune(
        String slug, String name, String country, List<String> languages, String status, JoinPolicy joinPolicy) {}
