package vn.hopso.meeting.bus;

/** What a node does with what the bus brings. */
public interface BusListener {

    void onEvent(BusEvent event);

    void onNotice(Notice notice);
}
