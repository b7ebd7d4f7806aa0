package vn.hopso.meeting.security;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * Bounds the password checks (bcrypt, tens of milliseconds of CPU each) that run at once, so a flood of logins cannot
 * take every core from the people following a sitting: beyond the bound a login waits briefly, then is turned away.
 */
@Component
class PasswordCheckGate {

    /** A place among the running checks; closing it frees the place. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore permits;
    private final long waitNanos;

    PasswordCheckGate(HopsoProperties properties) {
        this.permits = new Semaphore(properties.login().checkPermits());
        this.waitNanos = properties.login().checkWait().toNanos();
    }

    /** A permit, or empty when none came free within the configured wait. */
    Optional<Permit> enter() {
        try {
            if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(permits::release);
    }
}
