package org.civiclimate.assembly.assemblies.domain;

/** Where a mandate stands: only an active one holds its seat. */
public enum MandateStatus {
    ACTIVE,
    WITHDRAWN,
    REPLACED,
    ENDED
}
