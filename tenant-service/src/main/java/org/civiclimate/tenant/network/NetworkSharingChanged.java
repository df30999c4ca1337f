package org.civiclimate.tenant.network;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** Published when what a commune shares with a network changes: every group it now shares (none once it left). */
@CloudEventType("network.sharing-changed")
record NetworkSharingChanged(UUID communeId, UUID networkId, String network, List<String> groups) {}
