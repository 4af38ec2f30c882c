package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.application.port.in.DeprovisionUserUseCase;
import dev.flextoken.application.port.in.DeprovisionUserUseCase.DeprovisionResult;
import dev.flextoken.application.port.in.DeprovisionUserUseCase.DeprovisionUserCommand;
import dev.flextoken.application.port.in.DeprovisionUserUseCase.Deprovisioned;
import dev.flextoken.application.port.in.FindUsersUseCase;
import dev.flextoken.application.port.in.FindUsersUseCase.InvalidPageToken;
import dev.flextoken.application.port.in.FindUsersUseCase.ListUsersQuery;
import dev.flextoken.application.port.in.FindUsersUseCase.ListUsersResult;
import dev.flextoken.application.port.in.FindUsersUseCase.UserPage;
import dev.flextoken.application.port.in.FlexUserView;
import dev.flextoken.application.port.in.ProvisionUserUseCase;
import dev.flextoken.application.port.in.ProvisionUserUseCase.Created;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionResult;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import dev.flextoken.application.port.in.ProvisionUserUseCase.Updated;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.InvalidSidException;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The Users API around tokens: provision, deprovision, list and fetch the users of an instance.
 */
final class UserRoutes {

    static final String USERS = "/v4/Instances/{InstanceSid}/Users";
    static final String USER = "/v4/Instances/{InstanceSid}/Users/{FlexUserSid}";
    static final String PROVISION = "/v4/Instances/{InstanceSid}/Users/Provision";
    static final String DEPROVISION = "/v4/Instances/{InstanceSid}/Users/Deprovision";

    private static final String INSTANCE_NOT_FOUND =
            "The parameter 'InstanceSid' names no Flex instance of this account";

    /**
     * The use cases do not say which of the two is missing; telling would also tell whether another account's
     * instance exists.
     */
    private static final String USER_NOT_FOUND =
            "The parameters 'InstanceSid' and 'FlexUserSid' name no Flex user of this account";

    private final ProvisionUserUseCase provisionUser;
    private final DeprovisionUserUseCase deprovisionUser;
    private final FindUsersUseCase findUsers;
    private final JsonBodies bodies;
    private final RequestValidation validation;
    private final Representations representations;
    private final JsonCodec json;

    UserRoutes(ProvisionUserUseCase provisionUser, DeprovisionUserUseCase deprovisionUser,
               FindUsersUseCase findUsers, JsonBodies bodies, RequestValidation validation,
               Representations representations, JsonCodec json) {
        this.provisionUser = provisionUser;
        this.deprovisionUser = deprovisionUser;
        this.findUsers = findUsers;
        this.bodies = bodies;
        this.validation = validation;
        this.representations = representations;
        this.json = json;
    }

    /** 201 with a new user, 200 with the existing one of that username. */
    void provision(Context ctx) {
        AccountSid caller = BasicAuthentication.caller(ctx);
        InstanceSid instance = PathSids.instance(ctx);

        Requests.ProvisionUser request = validation.check(Requests.ProvisionUser.from(bodies.readObject(ctx)));

        ProvisionResult result = provisionUser.provision(
                new ProvisionUserCommand(caller, instance, request.username(), request.profile()));
        if (result instanceof Created created) {
            json.write(ctx, 201, representations.user(created.user()));
        } else if (result instanceof Updated updated) {
            json.write(ctx, 200, representations.user(updated.user()));
        } else {
            throw ApiException.notFound(INSTANCE_NOT_FOUND);
        }
    }

    /** 204 once the user is deactivated, also when it already was. */
    void deprovision(Context ctx) {
        AccountSid caller = BasicAuthentication.caller(ctx);
        InstanceSid instance = PathSids.instance(ctx);

        Requests.DeprovisionUser request =
                validation.check(Requests.DeprovisionUser.from(bodies.readObject(ctx)));
        FlexUserSid user;
        try {
            user = FlexUserSid.parse(request.flexUserSid(), "flex_user_sid");
        } catch (InvalidSidException malformed) {
            // In a body, a malformed SID is a bad parameter, not a missing resource.
            throw ApiException.invalidParameter(malformed.getMessage());
        }

        DeprovisionResult result = deprovisionUser.deprovision(new DeprovisionUserCommand(caller, instance, user));
        if (!(result instanceof Deprovisioned)) {
            // As for USER_NOT_FOUND, with the body's name of the user.
            throw ApiException.notFound("The parameters 'InstanceSid' and 'flex_user_sid' name no Flex user of "
                    + "this account");
        }
        ctx.status(204);
        // Javalin gives every response its default content type up front; a response without a body has none.
        ctx.res().setContentType(null);
    }

    void fetch(Context ctx) {
        AccountSid caller = BasicAuthentication.caller(ctx);
        InstanceSid instance = PathSids.instance(ctx);
        FlexUserSid user = PathSids.user(ctx);

        FlexUserView view = findUsers.findUser(caller, instance, user)
                .orElseThrow(() -> ApiException.notFound(USER_NOT_FOUND));
        json.write(ctx, 200, representations.user(view));
    }

    /**
     * {@code Username} narrows the page to zero or one user; otherwise {@code PageSize} (default 50) and
     * {@code PageToken} page through the instance. {@code meta} follows Twilio's paging shape.
     */
    void list(Context ctx) {
        AccountSid caller = BasicAuthentication.caller(ctx);
        InstanceSid instance = PathSids.instance(ctx);

        Requests.ListUsers request = validation.check(new Requests.ListUsers(ctx.queryParam("Username"),
                pageSize(ctx.queryParam("PageSize")), ctx.queryParam("PageToken")));

        ListUsersResult result = findUsers.listUsers(new ListUsersQuery(caller, instance,
                Optional.ofNullable(request.username()), (int) request.pageSize(),
                Optional.ofNullable(request.pageToken())));
        if (result instanceof UserPage page) {
            json.write(ctx, 200, representations.users(page.users(), meta(ctx, instance, request, page)));
        } else if (result instanceof InvalidPageToken) {
            throw ApiException.invalidParameter("The parameter 'PageToken' is not a page token of this listing");
        } else {
            throw ApiException.notFound(INSTANCE_NOT_FOUND);
        }
    }

    /** @return the page size asked for, or -1 (refused by validation) when it is not a plain integer */
    private static long pageSize(String raw) {
        if (raw == null) {
            return FindUsersUseCase.DEFAULT_PAGE_SIZE;
        }
        if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(raw);
    }

    private ObjectNode meta(Context ctx, InstanceSid instance, Requests.ListUsers request, UserPage page) {
        // Absolute URLs, as Twilio's SDKs follow them as given; built from the request's own Host.
        String host = ctx.header("Host");
        String base = (host == null ? "" : ctx.scheme() + "://" + host) + "/v4/Instances/" + instance.value()
                + "/Users";
        Optional<String> next = page.nextPageToken();

        ObjectNode meta = json.object();
        meta.put("page_size", request.pageSize());
        meta.put("key", "users");
        meta.put("url", url(base, request.username(), request.pageSize(), request.pageToken()));
        meta.put("first_page_url", url(base, request.username(), request.pageSize(), null));
        meta.put("next_page_url", next.map(token -> url(base, request.username(), request.pageSize(), token))
                .orElse(null));
        meta.putNull("previous_page_url");
        meta.put("next_page_token", next.orElse(null));
        return meta;
    }

    private static String url(String base, String username, long pageSize, String pageToken) {
        StringJoiner query = new StringJoiner("&", "?", "");
        if (username != null) {
            query.add("Username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        }
        query.add("PageSize=" + pageSize);
        if (pageToken != null) {
            query.add("PageToken=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8));
        }
        return base + query;
    }
}
