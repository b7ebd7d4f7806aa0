package vn.hopso.meeting.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.security.domain.PasswordPolicy;

/** Checks a password someone typed against an account's stored hash. */
@Component
class PasswordCheck {

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    PasswordCheck(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Whether {@code password} is the logged-in person's current password. */
    boolean currentPasswordOf(Actor actor, String password, String address) {
        return PasswordPolicy.fitsBcrypt(password) && passwords.matches(password, accounts.passwordHash(actor.accountId()));
    }
}
