package org.civiclimate.platform.security;

import java.util.Optional;
import org.civiclimate.platform.tenancy.CurrentUser;

/** The acting user is the subject of the caller's validated token. */
final class TokenSubject implements CurrentUser {

    @Override
    public Optional<String> id() {
        return Caller.current().map(Caller::userId);
    }

    @Override
    public Optional<String> verifiedEmail() {
        return Caller.current().flatMap(Caller::verifiedEmail);
    }
}
