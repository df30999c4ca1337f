package org.civiclimate.platform.tenancy;

import java.util.Optional;

/**
 * The commune the current thread works for. A scoped value, so it is bound for exactly the extent of a request or an
 * event and can never leak to the next piece of work a pooled thread picks up.
 */
public final class CommuneContext {

    private static final ScopedValue<CommuneId> CURRENT = ScopedValue.newInstance();

    private CommuneContext() {}

    public static Optional<CommuneId> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /** The current commune, for code that only ever runs on behalf of one. */
    public static CommuneId require() {
        return current().orElseThrow(() -> new IllegalStateException("No commune is bound to this thread"));
    }

    public static <T, X extends Throwable> T callAs(CommuneId commune, ScopedValue.CallableOp<T, X> work) throws X {
        return ScopedValue.where(CURRENT, commune).call(work);
    }

    public static void runAs(CommuneId commune, Runnable work) {
        ScopedValue.where(CURRENT, commune).run(work);
    }
}
