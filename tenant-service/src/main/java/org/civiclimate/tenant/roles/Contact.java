package org.civiclimate.tenant.roles;

import org.jspecify.annotations.Nullable;

/** How to write to a person: the address they last signed in with, and their language if their token stated one. */
public record Contact(String userId, String email, @Nullable String language) {}
