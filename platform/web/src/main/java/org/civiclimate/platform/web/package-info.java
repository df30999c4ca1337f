/**
 * What every HTTP application of the platform does the same way: a request id taken from {@code X-Request-Id} or
 * created, kept in the logging context and passed on to outgoing calls and events; one structured access-log line per
 * request; the request body limit, streamed bodies included; RFC 9457 {@code application/problem+json} for every
 * error, with a stable type and each field at fault with a {@link FieldCode} to translate (the same codes for a
 * service's own checks, {@link FieldChecks}); and the problem responses of the OpenAPI documents
 * ({@link OpenApiProblems}).
 * Guarded by {@code ProblemExceptionHandlerTest}, {@code FieldChecksTest}, {@code OpenApiProblemsTest},
 * {@code RequestIdFilterTest} and {@code RequestSizeIT}.
 */
@NullMarked
package org.civiclimate.platform.web;

import org.jspecify.annotations.NullMarked;
