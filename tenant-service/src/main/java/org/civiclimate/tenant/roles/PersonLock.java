package org.civiclimate.tenant.roles;

import org.jooq.DSLContext;

/**
 * Holds one person's profile until the transaction ends, so that remembering it (at each request) and erasing it
 * (account deletion) take turns: a request in flight with the person's token cannot bring an erased profile back.
 */
public final class PersonLock {

    private PersonLock() {}

    public static void hold(DSLContext dsl, String userId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtextextended(?, 0))", "person:" + userId);
    }
}
