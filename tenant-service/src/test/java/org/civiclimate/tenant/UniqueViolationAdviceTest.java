package org.civiclimate.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.util.List;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

class UniqueViolationAdviceTest {

    private final UniqueViolationAdvice advice = new UniqueViolationAdvice();

    @Test
    void answersARaceOnAnOpenInvitationWithAConflictNamingTheEmail() {
        var response = advice.integrityViolation(duplicate("staff_invitation_open"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        var problem = response.getBody();
        assertThat(problem.getType().toString()).endsWith("/already-exists");
        assertThat((List<FieldProblem>) problem.getProperties().get("errors"))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("email", FieldCode.TAKEN));
    }

    @Test
    void answersAnUnlistedUniqueConstraintWithAConflictNamingTheConstraint() {
        var response = advice.integrityViolation(duplicate("some_new_unique"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat((List<FieldProblem>) response.getBody().getProperties().get("errors"))
                .extracting(FieldProblem::field)
                .containsExactly("some_new_unique");
    }

    @Test
    void answersAnyOtherIntegrityViolationAsOurFaultWithoutDetails() {
        var checkViolated = new DataIntegrityViolationException(
                "check", new SQLException("new row violates check constraint \"x\"", "23514"));

        var response = advice.integrityViolation(checkViolated);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).doesNotContain("check constraint");
    }

    private static DuplicateKeyException duplicate(String constraint) {
        return new DuplicateKeyException(
                "insert",
                new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"" + constraint + "\"", "23505"));
    }
}
