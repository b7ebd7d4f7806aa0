package vn.hopso.meeting.presence;

class InMemoryPresenceTest extends PresenceContract {

    private final InMemoryPresence presence = new InMemoryPresence();

    @Override
    protected Presence presence() {
        return presence;
    }
}
