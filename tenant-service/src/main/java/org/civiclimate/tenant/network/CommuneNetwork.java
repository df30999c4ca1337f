package org.civiclimate.tenant.network;

import java.util.List;
import org.civiclimate.tenant.network.domain.IndicatorGroup;
import org.civiclimate.tenant.network.domain.NetworkMembership;

/** A network as the commune sees it: its standing there and what it shares. */
record CommuneNetwork(String network, String name, NetworkMembership status, List<IndicatorGroup> sharing) {}
