package org.civiclimate.tenant.commune;

import java.util.List;

/** A commune the caller belongs to, and their roles in it. */
public record MyCommune(String slug, String name, String status, List<String> roles) {}
