package org.civiclimate.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Servlet side of the body limit: refuses a declared length over the limit at once, and counts a body without one
 * (chunked) as it is read, failing the read past the limit; either way the caller gets 413 problem+json.
 */
final class RequestSizeFilter extends OncePerRequestFilter {

    private final BodyLimits limits;

    RequestSizeFilter(WebProperties properties) {
        this.limits = properties.bodyLimits();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long allowed = limits.allowedFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > allowed) {
            refuse(response, "The request body has " + declared + " bytes; at most " + allowed + " are accepted");
            return;
        }
        try {
            chain.doFilter(new Limited(request, allowed), response);
        } catch (IOException | ServletException | RuntimeException e) {
            // Reached only when nothing answered the failed read already (the exception handler does for MVC).
            if (!RequestBodyTooLarge.isCauseOf(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            RequestId.current().ifPresent(id -> response.setHeader(RequestId.HEADER, id));
            refuse(response, "The request body is longer than the " + allowed + " bytes accepted");
        }
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        // The rest of the body is not read: the connection cannot be reused.
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, Problems.of(ProblemTypes.PAYLOAD_TOO_LARGE, detail));
    }

    /** The request with its body stream (and reader) counting what is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long allowed;
        private @Nullable ServletInputStream stream;
        private @Nullable BufferedReader reader;

        Limited(HttpServletRequest request, long allowed) {
            super(request);
            this.allowed = allowed;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), allowed);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long allowed;
        private long read;

        CountingStream(ServletInputStream body, long allowed) {
            this.body = body;
            this.allowed = allowed;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLarge {
            read += n;
            if (read > allowed) {
                throw new RequestBodyTooLarge(allowed);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return body.available();
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
