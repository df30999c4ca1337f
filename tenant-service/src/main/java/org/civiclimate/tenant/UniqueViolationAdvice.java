package org.civiclimate.tenant;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every unique constraint of tenant-service's database, answered as a 409 naming the field at fault when two requests
 * race past the services' own checks (the database keeps one, the other lands here), never as a 500. A new unique
 * constraint gets its line in {@link #FIELDS}; an unlisted one still answers 409, naming the constraint.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UniqueViolationAdvice {

    static final ProblemType ALREADY_EXISTS =
            new ProblemType("already-exists", "This already exists", HttpStatus.CONFLICT);

    /** A unique constraint (from the Liquibase changelogs) and what the caller is told about it. */
    record Violated(String field, String detail) {}

    static final Map<String, Violated> FIELDS = Map.ofEntries(
            Map.entry("commune_pkey", new Violated("id", "is already used by another commune")),
            Map.entry("commune_slug_unique", new Violated("slug", "is already used by another commune")),
            Map.entry(
                    "commune_official_code_unique",
                    new Violated("officialCode", "is already used by a commune on the platform")),
            Map.entry("membership_pkey", new Violated("role", "is already held by this person in this commune")),
            Map.entry("person_pkey", new Violated("userId", "is already known to the platform")),
            Map.entry("erased_account_pkey", new Violated("userId", "is already erased")),
            Map.entry("convocation_mail_pkey", new Violated("userId", "is already mailed this convocation")),
            Map.entry("recommendation_mail_pkey", new Violated("userId", "is already mailed this notice")),
            Map.entry("seat_offer_mail_pkey", new Violated("offerId", "is already mailed")),
            Map.entry("inbox_notice_pkey", new Violated("id", "is already used by another notification")),
            Map.entry("inbox_notice_once", new Violated("userId", "already has this notification")),
            Map.entry("audit_entry_pkey", new Violated("id", "is already recorded")),
            Map.entry("joining_rule_pkey", new Violated("policy", "is already chosen for this commune")),
            Map.entry("staff_invitation_pkey", new Violated("id", "is already used by another invitation")),
            Map.entry("staff_invitation_open", new Violated("email", "already has an open invitation to this commune")),
            Map.entry("network_pkey", new Violated("id", "is already used by another network")),
            Map.entry("network_slug_key", new Violated("slug", "is already used by another network")),
            Map.entry("network_coordinator_pkey", new Violated("email", "already coordinates this network")),
            Map.entry("coordinator_invitation_pkey", new Violated("id", "is already used by another invitation")),
            // Never met: inviting again renews the open invitation in one upsert on this index.
            Map.entry(
                    "coordinator_invitation_open",
                    new Violated("email", "already has an open invitation to coordinate this network")),
            Map.entry("network_member_pkey", new Violated("commune", "is already in this network")),
            Map.entry("network_consent_pkey", new Violated("group", "is already shared with this network")));

    private static final Logger log = LoggerFactory.getLogger(UniqueViolationAdvice.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException e) {
        var constraint = violatedUniqueConstraint(e);
        if (constraint.isEmpty()) {
            // Not a unique violation (a check or a foreign key the services let through): a fault of ours.
            log.error("Unexpected error", e);
            return respond(Problems.of(
                    ProblemTypes.INTERNAL, "An unexpected error occurred; quote the request id when you report it."));
        }
        // The constraint's name only: the database's detail repeats the values, which may be personal data.
        log.info("Unique constraint {} refused a write; answered 409", constraint.get());
        return respond(problemFor(constraint.get()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(Problems.MEDIA_TYPE)
                .body(problem);
    }

    static ProblemDetail problemFor(String constraint) {
        var violated = FIELDS.getOrDefault(constraint, new Violated(constraint, "is already taken"));
        return Problems.of(
                ALREADY_EXISTS,
                violated.field() + ": " + violated.detail(),
                List.of(new FieldProblem(violated.field(), FieldCode.TAKEN, violated.detail())));
    }

    /** The name of the unique constraint the exception reports, if it reports one. */
    static Optional<String> violatedUniqueConstraint(Throwable e) {
        for (@Nullable Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                if (sql instanceof PSQLException psql
                        && psql.getServerErrorMessage() != null
                        && psql.getServerErrorMessage().getConstraint() != null) {
                    return Optional.of(psql.getServerErrorMessage().getConstraint());
                }
                var matcher = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
                return Optional.of(matcher.find() ? matcher.group(1) : "unknown");
            }
        }
        return Optional.empty();
    }
}
