package org.civiclimate.tenant.commune.domain;

/** Where a commune stands on the platform. */
public enum CommuneStatus {
    ACTIVE
}
