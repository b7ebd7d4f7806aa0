package vn.hopso.meeting.sitting.command;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.RollCall;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.command.CommandHandler;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.domain.RollCallRules;
import vn.hopso.meeting.sitting.domain.SittingCommand.AnswerRollCall;

/** A site's operator answers the open roll call for the site they operate, once. */
@Component
class AnswerRollCallHandler implements CommandHandler<AnswerRollCall> {

    private final RollCallPublication publication;
    private final SiteStore sites;

    AnswerRollCallHandler(RollCallPublication publication, SiteStore sites) {
        this.publication = publication;
        this.sites = sites;
    }

    @Override
    public boolean changesSittingOrAgenda() {
        return false;
    }

    @Override
    public Class<AnswerRollCall> handles() {
        return AnswerRollCall.class;
    }

    @Override
    public UUID handle(AnswerRollCall command, CommandContext context) {
        RollCall call = publication.open(context);
        Optional<RollCall.SiteAnswer> site = call.sites().stream()
                .filter(s -> s.siteId().equals(command.siteId())).findFirst();
        RollCallRules.requireUnanswered(site.isPresent()
                        && sites.operates(context.actor().accountId(), command.siteId()),
                site.map(s -> s.answeredAt() != null).orElse(false));
        publication.store().answer(call.id(), command.siteId(), context.actor().accountId(), context.now());
        context.audit("rollcall.answer", "site", command.siteId(), Map.of());
        publication.publish(context);
        return command.siteId();
    }
}
