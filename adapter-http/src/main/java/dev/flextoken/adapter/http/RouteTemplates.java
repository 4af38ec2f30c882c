package dev.flextoken.adapter.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names a request by the template of its route, for the access log and the metrics: never by its raw path,
 * which is the caller's free text and may hold personal data (a username typed where a SID belongs).
 */
final class RouteTemplates {

    /** The name of a request that no route answers or would have answered. */
    static final String UNMATCHED = "unmatched";

    /**
     * Every route, most specific first: Provision and Deprovision before the fetch route whose FlexUserSid they
     * would match. Consulted only when no route handler ran (refused before it, wrong method, unknown path).
     */
    private static final List<Template> TEMPLATES = List.of(UserRoutes.PROVISION, UserRoutes.DEPROVISION,
                    TokenRoutes.TOKENS, UserRoutes.USER, UserRoutes.USERS, TokenRoutes.VALIDATE,
                    OperationRoutes.HEALTH, OperationRoutes.READY, OperationRoutes.OPENAPI, ApiMetrics.PATH)
            .stream()
            .map(Template::of)
            .toList();

    private RouteTemplates() {
    }

    /** @return the template of the route that answered or would have, else {@link #UNMATCHED}; never null */
    static String of(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null && endpoint.method.isHttpMethod() && !endpoint.path.isEmpty()) {
            return endpoint.path;
        }

        String path = ctx.path();
        for (Template template : TEMPLATES) {
            if (template.pattern.matcher(path).matches()) {
                return template.text;
            }
        }
        return UNMATCHED;
    }

    /** A route template and a pattern matching the paths it answers (each path parameter one segment). */
    private record Template(String text, Pattern pattern) {

        static Template of(String text) {
            StringBuilder regex = new StringBuilder();
            for (String segment : text.substring(1).split("/")) {
                regex.append('/');
                regex.append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
            }
            // Javalin ignores a trailing slash.
            return new Template(text, Pattern.compile(regex + "/?"));
        }
    }
}
