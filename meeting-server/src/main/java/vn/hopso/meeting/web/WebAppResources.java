package vn.hopso.meeting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The web app's content-hashed files ({@code /assets/index-BP9ynRtx.js}): a new build gives them new names, so a
 * browser may keep them for a year without asking again, and scripts and styles go as the brotli or gzip copy the
 * build wrote beside them. Setting Cache-Control here keeps Spring Security's no-store off these responses (its
 * header writer leaves a response that already has one alone); {@code index.html}, which names the current files,
 * and the API stay no-store.
 */
@Configuration(proxyBeanMethods = false)
class WebAppResources implements WebMvcConfigurer {

    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(IMMUTABLE)
                .resourceChain(true)
                .addResolver(new BrotliFirst())
                .addResolver(new EncodedResourceResolver());
    }

    /**
     * {@link EncodedResourceResolver} takes the first coding the browser lists, and browsers list gzip before br
     * ({@code gzip, deflate, br, zstd}) though the order carries no preference; brotli is about an eighth smaller
     * here, so it is put first whenever the browser accepts it.
     */
    private static final class BrotliFirst implements ResourceResolver {

        @Override
        public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveResource(request == null ? null : brotliFirst(request), requestPath, locations);
        }

        @Override
        public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveUrlPath(resourcePath, locations);
        }

        private static HttpServletRequest brotliFirst(HttpServletRequest request) {
            String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
            if (accepted == null || !List.of(accepted.toLowerCase(Locale.ROOT).replace(" ", "").split(",")).contains("br")) {
                return request;
            }
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) ? "br, " + accepted : super.getHeader(name);
                }
            };
        }
    }
}
