package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.flextoken.adapter.http.FakeWorld.ACCOUNT;
import static dev.flextoken.adapter.http.FakeWorld.ACTIVE_USER;
import static dev.flextoken.adapter.http.FakeWorld.INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the OpenAPI document to the running server (DESIGN.md §3.4): every documented operation is a route the
 * server has, and every route the server registered is documented.
 */
class OpenApiTest {

    private static final String UNKNOWN_ROUTE = "The requested resource was not found";

    /** Path parameters filled with SIDs of the fake world, so that a route can answer with what it does. */
    private static final Map<String, String> PATH_PARAMETERS = Map.of(
            "{AccountSid}", ACCOUNT.value(),
            "{InstanceSid}", INSTANCE.value(),
            "{FlexUserSid}", ACTIVE_USER.value());

    private static HttpApi.Server server;
    private static TestClient client;
    private static JsonNode document;

    @BeforeAll
    static void startServerAndFetchTheDocument() {
        server = Servers.start(new FakeWorld());
        client = new TestClient(server.port());
        document = TestClient.json(client.get("/openapi.json", null));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void openApiWhenFetchedWithoutCredentialsThenJsonOfVersion31() {
        HttpResponse<String> response = client.get("/openapi.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        ApiAssertions.assertJsonContentType(response);
        assertThat(document.get("openapi").textValue()).matches("3\\.1\\.\\d+");
        assertThat(document.at("/info/title").textValue()).isEqualTo("flex-token");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").textValue()).isEqualTo("basic");
    }

    @Test
    void openApiWhenEveryDocumentedOperationIsRequestedThenTheServerHasItsRoute() {
        List<String> operations = documentedOperations();

        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = fill(operation.substring(operation.indexOf(' ') + 1));

            HttpResponse<String> response = method.equals("POST")
                    ? client.post(path, TestClient.ACCOUNT_AUTH, TestClient.JSON, BodyPublishers.ofString("{}"))
                    : client.method(method, path);

            assertThat(response.statusCode()).as("status of %s", operation).isNotEqualTo(405);
            if (response.statusCode() == 404) {
                assertThat(ApiAssertions.message(response)).as("404 of %s", operation).isNotEqualTo(UNKNOWN_ROUTE);
            }
        }
        assertThat(operations).hasSize(16);
    }

    @Test
    void openApiWhenComparedWithTheRegisteredRoutesThenEachIsDocumentedAndNothingElse() {
        assertThat(new TreeSet<>(documentedOperations())).isEqualTo(new TreeSet<>(server.routes()));
    }

    @Test
    void openApiWhenRoutesAreVersionedThenTheyRequireBasicAuthAndTheOthersDoNot() {
        for (String operation : documentedOperations()) {
            String[] parts = operation.split(" ");
            JsonNode security = document.get("paths").get(parts[1]).get(parts[0].toLowerCase(Locale.ROOT))
                    .get("security");

            if (parts[1].startsWith("/v4/") || parts[1].startsWith("/v1/")) {
                assertThat(security.toString()).as(operation).isEqualTo("[{\"basicAuth\":[]}]");
                assertThat(statuses(parts[1], parts[0])).as(operation).contains("401", "429", "404", "405");
            } else {
                assertThat(security.toString()).as(operation).isEqualTo("[]");
            }
        }
    }

    /** The statuses TokenRouteTest and FailedAuthenticationLimitTest make the Tokens route answer. */
    @Test
    void openApiWhenTokensRouteDocumentedThenItsStatusesAreThoseItsTestsProduce() {
        assertThat(statuses("/v4/Instances/{InstanceSid}/Users/{FlexUserSid}/Tokens", "POST")).containsExactly(
                "201", "400", "401", "403", "404", "405", "413", "415", "429", "500", "503");
    }

    @Test
    void openApiWhenErrorsDocumentedThenTheyCarryTheirHeadersAndTheTwilioShape() {
        JsonNode responses = document.at("/components/responses");

        assertThat(responses.at("/Unauthorized/headers/WWW-Authenticate/$ref").textValue())
                .isEqualTo("#/components/headers/WWW-Authenticate");
        assertThat(responses.at("/TooManyRequests/headers/Retry-After/$ref").isTextual()).isTrue();
        assertThat(responses.at("/ServiceUnavailable/headers/Retry-After/$ref").isTextual()).isTrue();
        assertThat(responses.at("/MethodNotAllowed/headers/Allow/$ref").isTextual()).isTrue();
        assertThat(document.at("/components/schemas/Error/required").toString())
                .isEqualTo("[\"code\",\"message\",\"more_info\",\"status\"]");
    }

    @Test
    void openApiWhenEveryReferenceIsFollowedThenItResolvesWithinTheDocument() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(reference).startsWith("#/");
            assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        }
    }

    @Test
    void openApiWhenSilentChoicesOfTheDesignThenTheDocumentWritesThemDown() {
        String description = document.at("/info/description").textValue();

        assertThat(description).contains("empty request body", "malformed SID in the path is a 404",
                "code points", "HEAD on every GET route");
    }

    /** @return {@code "METHOD /template"} of every operation of the document */
    private static List<String> documentedOperations() {
        List<String> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "head", "post", "put", "patch", "delete", "options").contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static List<String> statuses(String path, String method) {
        return TestClient.keys(document.get("paths").get(path).get(method.toLowerCase(Locale.ROOT))
                .get("responses"));
    }

    private static String fill(String template) {
        String path = template;
        for (Map.Entry<String, String> parameter : PATH_PARAMETERS.entrySet()) {
            path = path.replace(parameter.getKey(), parameter.getValue());
        }
        return path;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null) {
                references.add(reference.textValue());
            }
        }
        node.elements().forEachRemaining(child -> collectReferences(child, references));
    }
}
