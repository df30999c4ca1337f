package org.civiclimate.tenant.notification;

import org.civiclimate.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** The refusals of the in-app notifications. */
final class InboxProblems {

    static final ProblemType NOTICE_NOT_FOUND =
            new ProblemType("notice-not-found", "You have no such notification", HttpStatus.NOT_FOUND);

    private InboxProblems() {}
}
