package org.civiclimate.tenant.network;

import java.util.List;
import org.civiclimate.tenant.network.domain.IndicatorGroup;
import org.civiclimate.tenant.network.domain.NetworkMembership;

/** A commune as its network's coordinators see it: its standing and what it shares with the network. */
record NetworkCommune(String commune, String name, NetworkMembership status, List<IndicatorGroup> sharing) {}
