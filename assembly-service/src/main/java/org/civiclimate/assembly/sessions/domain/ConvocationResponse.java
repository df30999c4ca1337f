package org.civiclimate.assembly.sessions.domain;

/** A convened member's answer: none yet, coming, or excused. */
public enum ConvocationResponse {
    PENDING,
    CONFIRMED,
    EXCUSED
}
