package org.civiclimate.assembly.draws;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;

/** A CSV download written as it is read: the response's writer, its headers set only when the service opens it. */
final class CsvDownload {

    private CsvDownload() {}

    /** Opened once the checks passed, so that a refusal is still a problem document. */
    static Supplier<Writer> opening(HttpServletResponse response, String filename) {
        return () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
            try {
                return response.getWriter();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
