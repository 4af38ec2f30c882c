package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.application.port.in.FlexUserView;
import dev.flextoken.application.port.in.IssueTokenUseCase.Issued;
import dev.flextoken.application.port.in.ValidateTokenUseCase.Valid;
import dev.flextoken.domain.FlexTeamSid;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.TokenInfo;
import dev.flextoken.domain.TokenRejection;
import dev.flextoken.domain.WorkerSid;
import dev.flextoken.domain.WorkspaceSid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JSON the API answers with, keys in the documented order; absent optional values are {@code null}.
 */
final class Representations {

    private final JsonCodec json;

    Representations(JsonCodec json) {
        this.json = json;
    }

    /** The Flex User Token API's answer: {@code access_token} and {@code token_info}. */
    ObjectNode issued(Issued issued) {
        TokenInfo info = issued.tokenInfo();
        ObjectNode tokenInfo = json.object();
        tokenInfo.put("account_sid", info.accountSid().value());
        tokenInfo.put("expiration", JsonCodec.date(info.expiration()));
        tokenInfo.put("flex_instance_sid", info.instanceSid().value());
        tokenInfo.put("flex_user_sid", info.flexUserSid().value());
        tokenInfo.put("identity", info.identity());
        tokenInfo.set("permissions", strings(info.permissions()));
        tokenInfo.set("roles", roles(info.roles()));
        tokenInfo.put("username", info.username());

        ObjectNode body = json.object();
        body.put("access_token", issued.accessToken());
        body.set("token_info", tokenInfo);
        return body;
    }

    /** What {@code twilio-flex-token-validator} reads from a token that validates. */
    ObjectNode valid(Valid valid) {
        TokenInfo info = valid.claims().tokenInfo();
        ObjectNode body = json.object();
        body.put("valid", true);
        body.put("code", 0);
        body.putNull("message");
        body.put("expiration", JsonCodec.date(info.expiration()));
        body.put("realm_user_id", info.username());
        body.put("identity", info.identity());
        body.set("roles", roles(info.roles()));
        body.put("worker_sid", valid.workerSid().map(WorkerSid::value).orElse(null));
        body.put("flex_user_sid", info.flexUserSid().value());
        body.put("flex_instance_sid", info.instanceSid().value());
        body.set("permissions", strings(info.permissions()));
        return body;
    }

    /** A token that does not validate: the validator package rejects with {@code message}. */
    ObjectNode invalid(TokenRejection reason) {
        ObjectNode body = json.object();
        body.put("valid", false);
        body.put("code", reason.code());
        body.put("message", reason.message());
        return body;
    }

    ObjectNode user(FlexUserView view) {
        FlexUser user = view.user();
        ObjectNode body = json.object();
        body.put("flex_user_sid", user.sid().value());
        body.put("account_sid", user.accountSid().value());
        body.put("instance_sid", user.instanceSid().value());
        body.put("username", user.username());
        body.put("identity", user.identity());
        body.put("full_name", user.fullName().orElse(null));
        body.put("email", user.email().orElse(null));
        body.put("locale", user.locale().orElse(null));
        body.set("roles", roles(user.roles()));
        body.set("permissions", strings(view.permissions()));
        body.put("worker_sid", user.workerSid().map(WorkerSid::value).orElse(null));
        body.put("workspace_sid", user.workspaceSid().map(WorkspaceSid::value).orElse(null));
        body.put("flex_team_sid", user.flexTeamSid().map(FlexTeamSid::value).orElse(null));
        body.put("deactivated", user.deactivated());
        body.put("deactivated_date", date(user.deactivatedDate()));
        body.put("created_date", JsonCodec.date(user.createdDate()));
        body.put("updated_date", JsonCodec.date(user.updatedDate()));
        body.put("version", user.version());
        return body;
    }

    /**
     * @param meta the paging links, built by the route that knows the request's URL
     */
    ObjectNode users(List<FlexUserView> users, ObjectNode meta) {
        ArrayNode list = json.array();
        users.forEach(view -> list.add(user(view)));

        ObjectNode body = json.object();
        body.set("users", list);
        body.set("meta", meta);
        return body;
    }

    ObjectNode status(String status) {
        ObjectNode body = json.object();
        body.put("status", status);
        return body;
    }

    private ArrayNode strings(List<String> values) {
        ArrayNode array = json.array();
        values.forEach(array::add);
        return array;
    }

    private ArrayNode roles(List<Role> roles) {
        ArrayNode array = json.array();
        roles.forEach(role -> array.add(role.wireName()));
        return array;
    }

    private static String date(Optional<Instant> instant) {
        return instant.map(JsonCodec::date).orElse(null);
    }
}
