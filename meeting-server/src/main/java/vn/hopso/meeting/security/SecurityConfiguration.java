package vn.hopso.meeting.security;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.bus.Notices;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * Browser sessions with a cookie, CSRF tokens for every change (the web app reads the XSRF-TOKEN cookie), a strict
 * Content-Security-Policy, HSTS over HTTPS (directly or behind a trusted proxy), metrics for system administrators and
 * the scraper's token only, and JSON errors in Vietnamese instead of login pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** connect-src 'self' covers the same-origin WebSocket (ws: or wss:) as well (CSP Level 3, Chromium). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonErrors errors, Accounts accounts,
            HopsoProperties properties, Notices notices) throws Exception {
        // The CSRF token lives in a cookie (csrf.spa()); sessions begin at login only: no request is saved for an
        // anonymous caller, who would otherwise leave a session row with its headers in PostgreSQL at every call.
        // /api/setup carries its own credential (the one-time token) and no cookie is involved.
        http.csrf(csrf -> csrf.spa().ignoringRequestMatchers("/api/setup"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/auth/csrf", "/api/auth/login", "/api/setup").permitAll()
                        .requestMatchers("/api/**", "/ws", "/ws/**").authenticated()
                        .requestMatchers("/actuator/prometheus").access(new MetricsAccess(properties.metrics().token()))
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").authenticated()
                        .anyRequest().permitAll())
                .addFilterBefore(new AccountStatusFilter(accounts, errors), AuthorizationFilter.class)
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.logoutUrl("/api/auth/logout")
                        // Before the session is gone: its sockets, on every node, close with it.
                        .addLogoutHandler((request, response, authentication) -> {
                            var session = request.getSession(false);
                            if (session != null) {
                                notices.publish(new Notice.SessionEnded(session.getId()));
                            }
                        })
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                errors.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Vui lòng đăng nhập."))
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException) {
                                errors.write(response, HttpStatus.FORBIDDEN, "csrf",
                                        "Phiên làm việc đã hết hạn. Vui lòng tải lại trang và thử lại.");
                            } else {
                                errors.write(response, HttpStatus.FORBIDDEN, "forbidden",
                                        "Bạn không có quyền thực hiện thao tác này.");
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** A request the firewall refuses (a path with {@code //} or {@code ;}) answers an ApiError like every refusal. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonErrors errors) {
        return (request, response, rejected) -> errors.write(response, HttpStatus.BAD_REQUEST, "malformed_path",
                "Địa chỉ yêu cầu không hợp lệ.");
    }

    /** New hashes are bcrypt at the configured cost, stored with their {@code {bcrypt}} prefix. */
    @Bean
    static PasswordEncoder passwordEncoder(HopsoProperties properties) {
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(properties.passwords().hashCost())));
    }

    @Bean
    WebMvcConfigurer actorArguments(CurrentActorResolver resolver) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }
}
