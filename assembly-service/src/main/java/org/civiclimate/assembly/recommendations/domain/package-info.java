/**
 * The rules of recommendations, free of Spring and jOOQ: how a vote is decided (quorum over the seats held, adoption
 * threshold over the votes cast), when the commune's answer is due and when it is overdue.
 */
@NullMarked
package org.civiclimate.assembly.recommendations.domain;

import org.jspecify.annotations.NullMarked;
