package org.civiclimate.assembly.recommendations;

/** Whether the caller follows a recommendation (false signed out), and how many people do. */
record Following(boolean following, int followers) {}
