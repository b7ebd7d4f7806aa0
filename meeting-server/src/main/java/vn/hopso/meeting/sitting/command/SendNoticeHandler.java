package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.NoticeAudience;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.api.SittingNotice;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.SittingEvent.NoticeSent;
import vn.hopso.meeting.sitting.NoticeStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.SittingCommand.SendNotice;
import vn.hopso.meeting.sitting.domain.SittingRules;

/** A notice to everyone, to the delegates or to one site's operator; the staff see every notice; each is kept. */
@Component
class SendNoticeHandler implements CommandHandler<SendNotice> {

    private final NoticeStore notices;

    SendNoticeHandler(NoticeStore notices) {
        this.notices = notices;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<SendNotice> handles() {
        return SendNotice.class;
    }

    @Override
    public UUID handle(SendNotice command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        SittingRules.requireNotEnded(sitting, "Phiên họp đã bế mạc.");
        String text = command.text().strip();
        NoticeStore.SiteOperator site = command.audience() == NoticeAudience.SITE ? siteOf(command, sitting) : null;
        Recipients recipients = switch (command.audience()) {
            case EVERYONE -> Recipients.everyone();
            case DELEGATES -> Recipients.holders(Role.DELEGATE).and(Recipients.staff());
            case SITE -> Recipients.account(site.operatorAccount().orElseThrow()).and(Recipients.staff());
        };
        SittingNotice notice = new SittingNotice(UUID.randomUUID(), command.audience(),
                site == null ? null : site.siteId(), site == null ? null : site.siteName(), text, context.now());
        notices.save(sitting.id(), notice, recipients, context.actor().accountId());
        context.emit(new NoticeSent(notice), recipients);
        context.audit("notice.send", "sitting", sitting.id(), Map.of("audience", notice.audience().name(),
                "text", text));
        return notice.id();
    }

    /** The site a notice is for: one of the sitting's organisation, with an operator to receive it. */
    private NoticeStore.SiteOperator siteOf(SendNotice command, Sitting sitting) {
        if (command.siteId() == null) {
            throw Refusal.invalid("siteId", "Hãy chọn điểm cầu nhận thông báo.").exception();
        }
        NoticeStore.SiteOperator site = notices.site(command.siteId(), sitting.organisationId())
                .orElseThrow(() -> Refusal.notFound("điểm cầu").exception());
        if (site.operatorAccount().isEmpty()) {
            throw Refusal.conflict("site_without_operator",
                    "Điểm cầu này chưa có kỹ thuật viên phụ trách để nhận thông báo.").exception();
        }
        return site;
    }
}
