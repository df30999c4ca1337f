package org.civiclimate.platform.communes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets into a commune's protected routes only its members and the platform's operators; everyone else gets a 403
 * problem. Public routes ({@code /api/public/...}) and those marked {@link OpenToNonMembers} stay open, and anonymous
 * callers never get this far on protected ones (Spring Security answered 401).
 */
final class MembersOnly implements HandlerInterceptor {

    private final CommuneMembers members;

    MembersOnly(CommuneMembers members) {
        this.members = members;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var caller = Caller.current();
        if (CommuneContext.current().isEmpty()
                || request.getRequestURI().startsWith("/api/public/")
                || caller.isEmpty()
                || (handler instanceof HandlerMethod method && method.hasMethodAnnotation(OpenToNonMembers.class))) {
            return true;
        }
        if (caller.get().isOperator() || !members.rolesOf(caller.get().userId()).isEmpty()) {
            return true;
        }
        throw new ApiProblem(ProblemTypes.NOT_A_MEMBER, "Only the commune's members can see or change this");
    }
}
