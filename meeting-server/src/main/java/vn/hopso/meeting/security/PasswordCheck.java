package vn.hopso.meeting.security;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.audit.AuditLog;
import vn.hopso.meeting.login.domain.PasswordPolicy;

/**
 * Every check of a typed password, at login or before a password change: counted by the {@link LoginThrottle} before
 * it runs, run only with a place at the {@link PasswordCheckGate}, and its failures (and the waits they start) audited.
 */
@Component
class PasswordCheck {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);

    private final LoginThrottle throttle;
    private final PasswordCheckGate gate;
    private final AccountAuthenticator authenticator;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    PasswordCheck(LoginThrottle throttle, PasswordCheckGate gate, AccountAuthenticator authenticator, Accounts accounts,
            PasswordEncoder passwords, AuditLog audit) {
        this.throttle = throttle;
        this.gate = gate;
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** The account, when the user name and password match; refused without a check while a wait is due. */
    Optional<AccountPrincipal> login(String username, String password, String address) {
        return checked(username, address, "login", () -> authenticator.check(username, password));
    }

    /** Whether {@code password} is the logged-in person's current password; counted like a login. */
    boolean currentPasswordOf(Actor actor, String password, String address) {
        return checked(actor.username(), address, "password_change", () -> Optional.of(actor)
                .filter(a -> PasswordPolicy.fitsBcrypt(password)
                        && passwords.matches(password, accounts.passwordHash(a.accountId())))).isPresent();
    }

    private <T> Optional<T> checked(String username, String address, String purpose, Supplier<Optional<T>> check) {
        LoginThrottle.Ticket ticket = switch (throttle.admit(username, address)) {
            case LoginThrottle.Admission.Refused refused -> throw LoginRefused.throttled(refused.retryAfter());
            case LoginThrottle.Admission.Admitted admitted -> admitted.ticket();
        };
        Optional<T> result;
        try (PasswordCheckGate.Permit permit = gate.enter().orElse(null)) {
            if (permit == null) {
                throttle.notChecked(ticket);
                throw LoginRefused.busy();
            }
            result = check.get();
        }
        if (result.isPresent()) {
            throttle.succeeded(ticket);
        } else {
            failed(username, address, purpose, ticket);
        }
        return result;
    }

    private void failed(String username, String address, String purpose, LoginThrottle.Ticket ticket) {
        audit.recordAccount(null, username, null, "login.failure", null, Map.of("address", address, "purpose", purpose,
                "failures", ticket.name().failures(), "failuresFromAddress", ticket.address().failures()));
        if (!ticket.delayIfFailed().isZero()) {
            long seconds = ticket.delayIfFailed().toSeconds();
            log.warn("Login of '{}' from {}: too many failures, no attempt checked for {} s (counted per {})", username,
                    address, seconds, ticket.delayedKey());
            audit.recordAccount(null, username, null, "login.lockout", null, Map.of("address", address,
                    "per", ticket.delayedKey(), "seconds", seconds));
        }
    }
}
