package vn.hopso.meeting.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import vn.hopso.meeting.api.ApiError;
import vn.hopso.meeting.api.FieldError;

/**
 * What every operation shares, added to the description once instead of on each handler. Credentials: an operation
 * that declares no {@code @SecurityRequirement} needs the session, and the CSRF token too when it is not a GET (the
 * rules of SecurityConfiguration; {@code OpenApiDocumentTest} checks that the two agree). Refusals, each an {@link ApiError}: 400
 * for an operation that takes parameters or a body, 401 and 403 for one that needs credentials, 404 for one that
 * names an object in its path, and {@code default} for the rest (such as 409 for what the sitting's rules forbid).
 */
final class OpenApiConventions implements OpenApiCustomizer {

    static final String SESSION = "session";
    static final String CSRF = "csrf";

    private static final String ERROR = "#/components/schemas/ApiError";
    private static final Map<String, String> REFUSALS = Map.of(
            "BadRequest", "Malformed or invalid input (code bad_request, or invalid with the fields at fault)",
            "Unauthenticated", "No valid session: log in first (code unauthenticated)",
            "Forbidden", "The caller may not do this here (forbidden), or the CSRF token is missing (csrf)",
            "NotFound", "Nothing with this id, or nothing the caller may see (not_found)",
            "Refused", "Any other refusal, such as 409 for what the sitting's rules forbid, or a failure");

    @Override
    public void customise(OpenAPI api) {
        ModelConverters.getInstance().readAll(ApiError.class).forEach(api.getComponents()::addSchemas);
        api.getComponents().getSchemas().get("ApiError").required(List.of("status", "code", "message", "fields"));
        api.getComponents().getSchemas().get(FieldError.class.getSimpleName()).required(List.of("field", "message"));
        REFUSALS.forEach((name, description) -> api.getComponents().addResponses(name, new ApiResponse()
                .description(description).content(json(new Schema<>().$ref(ERROR)))));
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSecurity() == null) {
            SecurityRequirement needed = new SecurityRequirement().addList(SESSION);
            operation.setSecurity(List.of(method == PathItem.HttpMethod.GET ? needed : needed.addList(CSRF)));
        }
        boolean session = operation.getSecurity().stream().anyMatch(requirement -> requirement.containsKey(SESSION));
        boolean credentials = operation.getSecurity().stream().anyMatch(requirement -> !requirement.isEmpty());
        ApiResponses responses = operation.getResponses();
        // Every refusal is an ApiError; springdoc would describe one declared with @ApiResponse as the method's answer.
        responses.forEach((status, response) -> {
            boolean refusal = status.startsWith("4") || status.startsWith("5") || status.equals("default");
            if (refusal && response.get$ref() == null) {
                response.content(json(new Schema<>().$ref(ERROR)));
            }
        });
        boolean parameters = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        refusal(responses, "400", "BadRequest", parameters);
        refusal(responses, "401", "Unauthenticated", session);
        refusal(responses, "403", "Forbidden", credentials);
        refusal(responses, "404", "NotFound", path.contains("{"));
        refusal(responses, "default", "Refused", true);
    }

    private static void refusal(ApiResponses responses, String status, String name, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
        }
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }
}
