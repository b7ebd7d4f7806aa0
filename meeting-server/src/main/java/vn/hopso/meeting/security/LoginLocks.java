package vn.hopso.meeting.security;

import org.springframework.stereotype.Component;

/** Lifts the wait that failed logins put on a user name, for the people who manage the account. */
@Component
public class LoginLocks {

    private final LoginThrottle throttle;

    LoginLocks(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * Forgets the failed logins of the user name at every address, and those of the addresses it was tried from (so
     * that the chair can log in again at once); answers at how many addresses the name had failures.
     */
    public int lift(String username) {
        return throttle.lift(username);
    }
}
