package vn.hopso.meeting.security;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.web.ApiProblem;

/** Lets a controller method take an {@link Actor} parameter: the logged-in person with current roles. */
@Component
class CurrentActorResolver implements HandlerMethodArgumentResolver {

    private final Actors actors;

    CurrentActorResolver(Actors actors) {
        this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw ApiProblem.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Vui lòng đăng nhập.");
        }
        return actors.load(principal.accountId()).orElseThrow(ApiProblem::forbidden);
    }
}
