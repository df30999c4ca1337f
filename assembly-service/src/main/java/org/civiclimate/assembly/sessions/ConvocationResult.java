package org.civiclimate.assembly.sessions;

/** What convening did: how many members it newly convened, and how many are convened in all. */
record ConvocationResult(int newlyConvened, int convened) {}
