package org.civiclimate.assembly.draws.domain;

/**
 * Why a draw's input cannot be used, for one field: {@code field} is a path in the request ({@code quotas[2].max},
 * {@code pool[17].features.gender}), {@code reason} a stable code the API turns into a problem type.
 */
public record InputProblem(String field, Reason reason, String detail) {

    public enum Reason {
        /** A quota's min is above its max, or negative. */
        INVALID_QUOTA,
        /** The same feature value has two quotas. */
        DUPLICATE_QUOTA,
        /** A feature's minimums add up to more than the panel, or its maximums to less. */
        QUOTAS_CANNOT_ADD_UP,
        /** The panel is not between 1 and the pool's size. */
        PANEL_SIZE,
        /** The same volunteer twice. */
        DUPLICATE_VOLUNTEER,
        /** A volunteer lacks a value for a stratifying feature. */
        MISSING_VALUE,
        /** A volunteer's value has no quota. */
        UNKNOWN_VALUE
    }
}
