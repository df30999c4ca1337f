package org.civiclimate.platform.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civiclimate.platform.tenancy.CommuneDirectory.Listing;
import org.civiclimate.platform.web.ProblemResponses;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the commune named in a commune-scoped path ({@code /api/communes/{slug}/...}, or its public twin under
 * {@code /api/public/}) for the rest of the request; answers 404 when no commune has that slug, and 423 to any write
 * in a suspended commune except lifting the suspension itself. Runs after Spring Security, so an anonymous caller
 * learns nothing about which communes exist on protected routes.
 */
final class CommuneRequestFilter extends OncePerRequestFilter {

    private static final Pattern COMMUNE_PATH = Pattern.compile("^/api/(?:public/)?communes/([^/]+)(/.*)?$");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String SUSPENSION = "/suspension";
    /** What a slug may look like; anything else cannot name a commune. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final CommuneDirectory directory;

    CommuneRequestFilter(CommuneDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = COMMUNE_PATH.matcher(request.getRequestURI());
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String slug = path.group(1);
        var commune = SLUG.matcher(slug).matches() ? directory.findBySlug(slug) : Optional.<Listing>empty();
        if (commune.isEmpty()) {
            ProblemResponses.write(
                    response,
                    Problems.of(
                            ProblemTypes.COMMUNE_NOT_FOUND,
                            SLUG.matcher(slug).matches()
                                    ? "No commune has the slug '" + slug + "'"
                                    : "That is not a commune's slug"));
            return;
        }
        if (commune.get().suspended() && !READS.contains(request.getMethod()) && !SUSPENSION.equals(path.group(2))) {
            ProblemResponses.write(
                    response,
                    Problems.of(
                            ProblemTypes.COMMUNE_READ_ONLY,
                            "The commune '" + slug + "' is suspended: nothing in it can be changed until it is"
                                    + " reinstated"));
            return;
        }
        try {
            CommuneContext.callAs(commune.get().id(), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
