package org.civiclimate.tenant.network;

/** A network as a user sees it: the network, and whether they coordinate it. */
record ListedNetwork(Network network, boolean coordinating) {}
