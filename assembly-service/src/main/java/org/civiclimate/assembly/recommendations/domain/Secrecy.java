package org.civiclimate.assembly.recommendations.domain;

/** Whether the assembly's votes are named (who voted how is shown to the commune) or secret (only who voted). */
public enum Secrecy {
    NAMED,
    SECRET
}
