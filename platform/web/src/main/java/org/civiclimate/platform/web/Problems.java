package org.civiclimate.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the platform's problem documents: RFC 9457 members plus {@code errors} (fields at fault) and {@code requestId}. */
public final class Problems {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {}

    public static ProblemDetail of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    public static ProblemDetail of(ProblemType type, String detail, List<FieldProblem> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields);
        }
        RequestId.current().ifPresent(id -> problem.setProperty("requestId", id));
        return problem;
    }

    public static ProblemDetail of(ApiProblem problem) {
        return of(problem.type(), problem.getMessage(), problem.fields());
    }

    /** The document as plain JSON members, for code that writes responses without Spring MVC's converters. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        var members = new LinkedHashMap<String, Object>();
        members.put("type", problem.getType().toString());
        if (problem.getTitle() != null) {
            members.put("title", problem.getTitle());
        }
        members.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            members.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
