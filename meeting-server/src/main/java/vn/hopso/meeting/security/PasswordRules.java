package vn.hopso.meeting.security;

import org.springframework.stereotype.Component;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.login.domain.PasswordPolicy;
import vn.hopso.meeting.web.ApiProblem;

/** The password policy with its configured minimum length and the bundled list, for every place a password is set. */
@Component
public class PasswordRules {

    private final PasswordPolicy policy;

    PasswordRules(HopsoProperties properties) {
        this.policy = new PasswordPolicy(properties.passwords().minLength(), CommonPasswords.load());
    }

    /** Refuses (400 with the problem's code, its message next to {@code field}) a password that may not be chosen. */
    public void requireAcceptable(String field, String password, String username) {
        policy.check(password, username).ifPresent(problem -> {
            throw ApiProblem.refusedField(problem.code(), field, problem.message());
        });
    }
}
