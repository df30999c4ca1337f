package org.civiclimate.platform.communes;

import java.util.List;
import org.civiclimate.platform.tenancy.CommuneId;

/** A commune as this service knows it. */
public record KnownCommune(CommuneId id, String slug, String name, String country, List<String> languages) {}
