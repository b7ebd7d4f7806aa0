package vn.hopso.meeting.security;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.bus.EventBus;

/** Ended sessions of an account end its WebSockets too, on every node: tells them over the bus. */
@Component
class SessionEndNotices {

    private final EventBus bus;

    SessionEndNotices(EventBus bus) {
        this.bus = bus;
    }

    /** The event comes once the change committed: the notice goes out at once. */
    @EventListener
    void ended(AccountSessionsEnded ended) {
        bus.publish(new Notice.AccountSessionsEnded(ended.accountId(), ended.keptSessionId()));
    }
}
