package org.civiclimate.assembly.assemblies.domain;

/** How the person came to hold the seat: seated by staff, from an imported list, or drawn by lot. */
public enum ChosenBy {
    BY_HAND,
    IMPORTED,
    DRAWN
}
