package org.civiclimate.tenant.network.domain;

/** What a member commune may share with a network, each on its own consent. */
public enum IndicatorGroup {
    /** Emission inventories, targets and actions of its climate plan. */
    PLAN,
    /** Its assembly's sessions, attendance, recommendations and the responses to them. */
    ASSEMBLY,
    /** What its assembly members were paid, in totals. */
    ALLOWANCES
}
