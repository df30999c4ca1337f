package org.civiclimate.assembly.assemblies.domain;

/** What an assembly is for (DOMAIN.md: Ostbelgien's council and panels, Paris's assembly, follow-up committees). */
public enum AssemblyKind {
    PERMANENT_COUNCIL,
    TOPICAL_PANEL,
    FOLLOW_UP_COMMITTEE
}
