package org.civiclimate.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document straight to a servlet response, for filters that answer before Spring MVC runs. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(Problems.MEDIA_TYPE.toString());
        response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(Problems.asMap(problem)));
    }
}
