package org.civiclimate.assembly.seating;

/** Where a seat offer stands: waiting for its answer, or accepted, refused, or lapsed at its deadline. */
public enum SeatOfferStatus {
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
