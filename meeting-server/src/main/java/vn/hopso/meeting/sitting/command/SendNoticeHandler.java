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

/** A notice to everyone, to the delegates or to one site's operator; the staff see every notice; each is kept. */
@Component
class SendNoticeHandler implements CommandHandler<SendNotice> {

    private final NoticeStore notices;

    SendNoticeHandler(NoticeStore notices) {
        this.notices = notices;
    }

    @Override
    public Class<SendNotice> handles() {
        return SendNotice.class;
    }

    @Override
    public UUID handle(SendNotice command, CommandContext context) {
        Sitting sitting = context.before().sitting();
        if (sitting.phase() == Sitting.Phase.ENDED) {
            throw Refusal.conflict("sitting_ended", "Phiên họp đã bế mạc.").exception();
        }
        String text = command.text().strip();
        UUID id = UUID.randomUUID();
        SittingNotice notice;
        Recipients recipients;
        switch (command.audience()) {
            case EVERYONE -> {
                notice = new SittingNotice(id, NoticeAudience.EVERYONE, null, null, text, context.now());
                recipients = Recipients.everyone();
            }
            case DELEGATES -> {
                notice = new SittingNotice(id, NoticeAudience.DELEGATES, null, null, text, context.now());
                recipients = Recipients.holders(Role.DELEGATE).and(Recipients.staff());
            }
            case SITE -> {
                if (command.siteId() == null) {
                    throw Refusal.invalid("siteId", "Hãy chọn điểm cầu nhận thông báo.").exception();
                }
                NoticeStore.SiteOperator site = notices.site(command.siteId(), sitting.organisationId())
                        .orElseThrow(() -> Refusal.notFound("điểm cầu").exception());
                UUID operator = site.operatorAccount().orElseThrow(() -> Refusal.conflict("site_without_operator",
                        "Điểm cầu này chưa có kỹ thuật viên phụ trách để nhận thông báo.").exception());
                notice = new SittingNotice(id, NoticeAudience.SITE, site.siteId(), site.siteName(), text,
                        context.now());
                recipients = Recipients.account(operator).and(Recipients.staff());
            }
            default -> throw new IllegalStateException("unknown audience " + command.audience());
        }
        notices.save(sitting.id(), notice, recipients, context.actor().accountId());
        context.emit(new NoticeSent(notice), recipients);
        context.audit("notice.send", "sitting", sitting.id(), Map.of("audience", notice.audience().name(),
                "text", text));
        return id;
    }
}
