package vn.hopso.meeting.sitting;

import vn.hopso.meeting.api.AgendaItemState;
import vn.hopso.meeting.api.SittingState;
import vn.hopso.meeting.realtime.protocol.SittingEvent;
import vn.hopso.meeting.sitting.domain.Shown;
import vn.hopso.meeting.sitting.domain.ViewChange;

/** Turns the sitting's domain values into the published records and events (REST and WebSocket alike). */
final class SittingWire {

    private SittingWire() {
    }

    static vn.hopso.meeting.api.Sitting sitting(Shown shown) {
        var s = shown.sitting();
        return new vn.hopso.meeting.api.Sitting(s.id(), s.sessionId(), s.organisationId(), s.title(), s.startsAt(),
                s.endsAt(), s.place(), s.closed(), SittingState.valueOf(s.phase().name()), shown.currentItemId(),
                shown.currentItemClosed(), shown.nextItemId(), s.agendaPublishedAt(), s.lastSeq(), s.version());
    }

    static vn.hopso.meeting.api.AgendaItem item(Shown.Item shown) {
        var i = shown.item();
        return new vn.hopso.meeting.api.AgendaItem(i.id(), i.sittingId(), shown.position(), shown.number(), i.title(),
                i.description(), i.presenter(), i.estimatedMinutes(), i.closed(),
                i.published() ? AgendaItemState.PUBLISHED : AgendaItemState.DRAFT, i.addedLate(), i.version());
    }

    static SittingEvent event(ViewChange change) {
        return switch (change) {
            case ViewChange.Started started -> new SittingEvent.SittingStarted(sitting(started.sitting()));
            case ViewChange.Ended ended -> new SittingEvent.SittingEnded(sitting(ended.sitting()));
            case ViewChange.Updated updated -> new SittingEvent.SittingUpdated(sitting(updated.sitting()));
            case ViewChange.ItemAdded added -> new SittingEvent.AgendaItemAdded(item(added.item()));
            case ViewChange.ItemPublished published -> new SittingEvent.AgendaItemPublished(item(published.item()));
            case ViewChange.ItemUpdated updated -> new SittingEvent.AgendaItemUpdated(item(updated.item()));
            case ViewChange.ItemRemoved removed -> new SittingEvent.AgendaItemRemoved(removed.itemId());
            case ViewChange.CurrentMoved moved -> new SittingEvent.CurrentItemChanged(moved.itemId(), moved.closed(),
                    moved.nextItemId());
        };
    }
}
