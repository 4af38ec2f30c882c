package dev.flextoken.adapter.http;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.InvalidSidException;
import io.javalin.http.Context;

import java.util.function.BiFunction;

/**
 * The SIDs of a request path. A malformed one names nothing that could exist: 404, naming the parameter,
 * before any use case is asked.
 */
final class PathSids {

    static final String ACCOUNT = "AccountSid";
    static final String INSTANCE = "InstanceSid";
    static final String USER = "FlexUserSid";

    private PathSids() {
    }

    static AccountSid account(Context ctx) {
        return parse(ctx, ACCOUNT, AccountSid::parse);
    }

    static InstanceSid instance(Context ctx) {
        return parse(ctx, INSTANCE, InstanceSid::parse);
    }

    static FlexUserSid user(Context ctx) {
        return parse(ctx, USER, FlexUserSid::parse);
    }

    private static <T> T parse(Context ctx, String parameter, BiFunction<String, String, T> parser) {
        try {
            return parser.apply(ctx.pathParam(parameter), parameter);
        } catch (InvalidSidException malformed) {
            throw ApiException.notFound(malformed.getMessage());
        }
    }
}
