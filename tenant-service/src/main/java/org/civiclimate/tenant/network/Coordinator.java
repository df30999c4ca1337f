package org.civiclimate.tenant.network;

import org.jspecify.annotations.Nullable;

/** Someone who coordinates a network. */
record Coordinator(
        String userId, @Nullable String name, @Nullable String email) {}
