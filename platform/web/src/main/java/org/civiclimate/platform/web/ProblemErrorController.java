package org.civiclimate.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that happen outside Spring MVC (in a filter, or a container-level 404) with problem+json instead of
 * Boot's default error page. Never includes a message or trace from the exception.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        ProblemType type = ProblemTypes.forStatus(status);
        ProblemDetail problem = Problems.of(type, type.title());
        problem.setStatus(status);
        return ResponseEntity.status(status).contentType(Problems.MEDIA_TYPE).body(problem);
    }
}
