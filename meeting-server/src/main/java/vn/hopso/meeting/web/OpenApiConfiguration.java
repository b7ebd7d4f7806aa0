package vn.hopso.meeting.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.ApiError;

/** The OpenAPI description at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // The logged-in person and the CSRF token are resolved from the session, never sent as parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class,
                org.springframework.security.web.csrf.CsrfToken.class);
    }

    @Bean
    OpenAPI hopsoOpenApi() {
        return new OpenAPI().info(new Info().title("HọpSố API").version("1")
                .description("Councils, sessions, sittings and agenda. Errors are ApiError with a Vietnamese message; "
                        + "changes need the X-XSRF-TOKEN header. The WebSocket protocol is in docs/PROTOCOL.md."));
    }

    /** Every operation may answer an ApiError (validation, permission, conflict, not found). */
    @Bean
    OpenApiCustomizer errorResponses() {
        ApiResponse error = new ApiResponse().description("Refused or failed: ApiError with a Vietnamese message")
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError"))));
        return api -> {
            ModelConverters.getInstance().read(ApiError.class).forEach(api.getComponents()::addSchemas);
            api.getPaths().values().forEach(path -> path.readOperations()
                    .forEach(operation -> operation.getResponses().addApiResponse("default", error)));
        };
    }
}
