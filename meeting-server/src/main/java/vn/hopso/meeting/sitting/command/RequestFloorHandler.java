package vn.hopso.meeting.sitting.command;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.Site;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.domain.AgendaItem;
import vn.hopso.meeting.sitting.domain.AttendanceRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.RequestFloor;
import vn.hopso.meeting.sitting.domain.SittingRules;
import vn.hopso.meeting.sitting.domain.Speaker;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;

/** Đăng ký phát biểu: an elected delegate asks to speak on a published item, or a site's operator for the site. */
@Component
class RequestFloorHandler implements CommandHandler<RequestFloor> {

    private final SpeakersPublication publication;
    private final AttendanceStore attendance;
    private final SiteStore sites;

    RequestFloorHandler(SpeakersPublication publication, AttendanceStore attendance, SiteStore sites) {
        this.publication = publication;
        this.attendance = attendance;
        this.sites = sites;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<RequestFloor> handles() {
        return RequestFloor.class;
    }

    @Override
    public UUID handle(RequestFloor command, CommandContext context) {
        SpeakerQueue queue = publication.queue(context);
        AgendaItem item = SittingRules.requireItemOf(context.before(), command.itemId());
        SittingRules.requireCanBeCurrent(item);
        Speaker speaker = command.siteId() == null
                ? Speaker.delegate(AttendanceRules.requireElected(
                        attendance.electedDelegate(context.before().sitting(), context.actor().accountId())))
                : site(command.siteId(), context);
        UUID id = UUID.randomUUID();
        publication.publish(context, queue, queue.register(context.before().sitting(), item.id(),
                speaker, command.kind(), command.addressee(), id, context.now()), "speaker.request");
        return id;
    }

    /** A site of the sitting's organisation, asked for by the account that operates it. */
    private Speaker site(UUID siteId, CommandContext context) {
        Site site = sites.find(siteId)
                .filter(s -> s.organisationId().equals(context.before().sitting().organisationId()))
                .orElseThrow(() -> Refusal.notFound("điểm cầu").exception());
        if (!sites.operates(context.actor().accountId(), site.id())) {
            throw Refusal.conflict("not_site_operator", "Bạn không phụ trách điểm cầu này.").exception();
        }
        return Speaker.site(site.id(), site.name(), context.actor().accountId());
    }
}
