/**
 * Joining and leaving a commune, and its admins managing who does what: citizens join freely or with the invitation
 * code the admins share, and leave; admins grant and revoke the administrator and facilitator roles, and a commune
 * always keeps at least one admin. The member role follows seating in the assembly ({@code mandate.changed}). Anyone
 * may read a commune's public card (its name and how to join it).
 * Guarded by {@code JoiningRuleTest}, {@code MembershipIT}, {@code SeatingIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.membership;

import org.jspecify.annotations.NullMarked;
