package org.civiclimate.tenant.network;

import java.util.UUID;

/** A network of communes. */
public record Network(UUID id, String slug, String name, String description) {}
