package org.civiclimate.tenant.network;

import java.util.UUID;

/** A network of communes. */
record Network(UUID id, String slug, String name, String description) {}
