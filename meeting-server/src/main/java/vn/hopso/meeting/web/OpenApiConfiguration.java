package vn.hopso.meeting.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import vn.hopso.meeting.access.Actor;

/**
 * The OpenAPI description at /v3/api-docs, which standard tools (Redocly's recommended rules, client generators)
 * accept: every operation has a summary and an operationId from its {@code @Operation}, says which of the two
 * credentials it needs and which refusals it may answer ({@link OpenApiConventions}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // The logged-in person and the CSRF token are resolved from the session, never sent as parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, CsrfToken.class);
    }

    @Bean
    OpenAPI hopsoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("HọpSố API").version("1")
                        .description("Councils, sessions, sittings and agenda. Errors are ApiError with a Vietnamese "
                                + "message. A browser session (cookie HOPSO_SESSION, from POST /api/auth/login) "
                                + "identifies the caller; every change also sends the CSRF token (the XSRF-TOKEN "
                                + "cookie, echoed as the X-XSRF-TOKEN header). Input rules and the WebSocket "
                                + "protocol are in docs/PROTOCOL.md."))
                // Relative, so the description is the same whichever node or address serves it.
                .servers(List.of(new Server().url("/").description("the HọpSố server that serves this description")))
                .components(new Components()
                        .addSecuritySchemes(OpenApiConventions.SESSION, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("HOPSO_SESSION")
                                .description("The browser session, set by POST /api/auth/login."))
                        .addSecuritySchemes(OpenApiConventions.CSRF, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-XSRF-TOKEN")
                                .description("The value of the XSRF-TOKEN cookie (GET /api/auth/csrf sets it), "
                                        + "sent back with every POST, PUT and DELETE.")));
    }

    @Bean
    OpenApiCustomizer conventions() {
        return new OpenApiConventions();
    }
}
