/**
 * The rules of an assembly's seats, free of Spring and jOOQ: which cohort a seat belongs to, when each cohort is
 * renewed, when a mandate ends and which seats fall vacant when.
 */
@NullMarked
package org.civiclimate.assembly.assemblies.domain;

import org.jspecify.annotations.NullMarked;
