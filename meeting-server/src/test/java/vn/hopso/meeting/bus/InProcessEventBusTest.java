package vn.hopso.meeting.bus;

class InProcessEventBusTest extends EventBusContract {

    @Override
    protected EventBus createBus() {
        return new InProcessEventBus();
    }
}
