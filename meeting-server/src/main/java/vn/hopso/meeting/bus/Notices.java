package vn.hopso.meeting.bus;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hopso.meeting.api.OrganisationList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Sends access notices to every node once the change that causes them is committed (at once outside a transaction). */
@Component
public class Notices {

    private final EventBus bus;
    private final JdbcClient jdbc;

    Notices(EventBus bus, JdbcClient jdbc) {
        this.bus = bus;
        this.jdbc = jdbc;
    }

    public void publish(Notice notice) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bus.publish(notice);
                }
            });
        } else {
            bus.publish(notice);
        }
    }

    /** One of the organisation's lists changed: the screens that show it, on every node, load it again. */
    public void changed(UUID organisationId, OrganisationList list) {
        publish(new Notice.OrganisationChanged(organisationId, list));
    }

    /** The person's roles changed: their account's sockets are checked again on every node. */
    public void rolesChangedOf(UUID personId) {
        jdbc.sql("select id from accounts where person_id = ?").param(personId).query(UUID.class).optional()
                .ifPresent(accountId -> publish(new Notice.RolesChanged(accountId)));
    }
}
