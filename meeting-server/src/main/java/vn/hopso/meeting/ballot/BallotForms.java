package vn.hopso.meeting.ballot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.BallotLabels;
import vn.hopso.meeting.api.BallotRule;
import vn.hopso.meeting.api.CastMark;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.ClientCommand;
import vn.hopso.meeting.sitting.domain.SittingCommand;
import vn.hopso.voting.domain.BallotDraft;
import vn.hopso.voting.domain.Base;
import vn.hopso.voting.domain.Bound;
import vn.hopso.voting.domain.ChoiceLabels;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.ElectionMode;
import vn.hopso.voting.domain.Fraction;
import vn.hopso.voting.domain.PaperCount;
import vn.hopso.voting.domain.PassingRule;

/** The ballot commands as clients send them, read into the sitting's commands; what cannot be read is invalid. */
public final class BallotForms {

    /** The longest label of a choice. */
    static final int MAX_LABEL = 60;

    private BallotForms() {
    }

    public static SittingCommand.CreateBallot create(ClientCommand.CreateBallot form) {
        BallotDraft draft = new BallotDraft(BallotDraft.Kind.valueOf(form.kind().name()), form.secret(),
                rule(form.rule()), form.nominees(), form.seats(),
                form.electionMode() == null ? null : ElectionMode.valueOf(form.electionMode().name()));
        boolean changeAllowed = form.changeAllowed() == null ? !form.secret() : form.changeAllowed();
        return new SittingCommand.CreateBallot(form.sittingId(), form.itemId(), form.title(), draft,
                labels(form.labels()), changeAllowed, form.rerunOf());
    }

    public static SittingCommand.CastBallot cast(ClientCommand.CastBallot form) {
        return new SittingCommand.CastBallot(form.sittingId(), form.ballotId(), form.choice(), slots(form.marks()));
    }

    /** A paper count as entered; a figure out of range is refused as invalid, never as a failure. */
    public static SittingCommand.EnterPaperCount paperCount(ClientCommand.EnterPaperCount form) {
        Map<Counting.Slot, Integer> counts = new HashMap<>();
        form.marks().forEach(mark -> counts.put(new Counting.Slot(mark.nomineeId(), mark.mark()), mark.count()));
        try {
            return new SittingCommand.EnterPaperCount(form.sittingId(), form.ballotId(), new PaperCount(form.issued(),
                    form.returned(), form.valid(), form.invalid(), counts));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("count", "Mỗi số liệu kiểm phiếu là một số từ 0 đến " + PaperCount.MAX + ".")
                    .exception();
        }
    }

    private static List<Counting.Slot> slots(List<CastMark> marks) {
        return marks.stream().map(mark -> new Counting.Slot(mark.nomineeId(), mark.mark())).toList();
    }

    private static @Nullable PassingRule rule(@Nullable BallotRule rule) {
        if (rule == null) {
            return null;
        }
        try {
            return new PassingRule(Bound.valueOf(rule.bound().name()), new Fraction(rule.numerator(), rule.denominator()),
                    Base.valueOf(rule.base().name()));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("rule", "Ngưỡng thông qua phải là một phần lớn hơn 0 và không quá toàn bộ (\"quá\" "
                    + "toàn bộ không bao giờ đạt được).").exception();
        }
    }

    private static ChoiceLabels labels(@Nullable BallotLabels labels) {
        if (labels == null) {
            return ChoiceLabels.TAN_THANH;
        }
        for (String label : new String[] {labels.yes(), labels.no(), labels.abstain()}) {
            if (label == null || label.isBlank() || label.length() > MAX_LABEL
                    || label.chars().anyMatch(Character::isISOControl)) {
                throw Refusal.invalid("labels", "Mỗi lựa chọn cần một tên, tối đa " + MAX_LABEL + " ký tự.").exception();
            }
        }
        return new ChoiceLabels(labels.yes().strip(), labels.no().strip(), labels.abstain().strip());
    }
}
