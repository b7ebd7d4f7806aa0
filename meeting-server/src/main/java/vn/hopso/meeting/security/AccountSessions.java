package vn.hopso.meeting.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Ends the browser sessions of an account, on every node (they live in PostgreSQL), and tells who holds more. */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApplicationEventPublisher events;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * Deletes every session of the account but {@code keptSessionId}, and publishes {@link AccountSessionsEnded} once
     * the surrounding transaction has committed (at once without one).
     */
    public void endAll(UUID accountId, @Nullable String keptSessionId) {
        sessions.findByPrincipalName(accountId.toString()).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
        AccountSessionsEnded ended = new AccountSessionsEnded(accountId, keptSessionId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(ended);
                }
            });
        } else {
            events.publishEvent(ended);
        }
    }
}
