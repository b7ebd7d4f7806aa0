package vn.hopso.meeting.sitting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.SpeakerKind;
import vn.hopso.meeting.api.SpeakerState;
import vn.hopso.meeting.domain.Refusal;

/**
 * The speaker requests of a sitting (đăng ký phát biểu) and the floor. Each operation checks its rule and answers the
 * requests it changed, to be stored; the order of each item's queue is decided here, so every screen shows the same.
 *
 * <p>The order: a point of order goes before every other waiting request, a reply before discussions and questions,
 * the rest in the order they came; the chair may reorder. One speaker holds the floor at a time; a point of order or
 * a reply may be given it while someone speaks, and that speech pauses with its time left, to resume when the
 * interruption ends.
 */
public record SpeakerQueue(List<SpeakerRequest> requests) {

    /** The shortest and longest time the chair may give a speaker. */
    public static final Duration SHORTEST = Duration.ofSeconds(10);
    public static final Duration LONGEST = Duration.ofHours(1);

    public SpeakerQueue {
        requests = List.copyOf(requests);
    }

    public List<SpeakerRequest> ofItem(UUID itemId) {
        return requests.stream().filter(r -> r.itemId().equals(itemId))
                .sorted(Comparator.comparingInt(SpeakerRequest::position)).toList();
    }

    public Optional<SpeakerRequest> holder() {
        return requests.stream().filter(r -> r.state() == SpeakerState.SPEAKING).findFirst();
    }

    /** The speech to resume when the floor is free again: the one paused last. */
    public Optional<SpeakerRequest> lastPaused() {
        return requests.stream().filter(r -> r.state() == SpeakerState.PAUSED)
                .max(Comparator.comparing(r -> r.startedAt() == null ? Instant.MIN : r.startedAt()));
    }

    /**
     * A delegate, or a site, asks to speak on a published item of a sitting that has not ended; once per item until
     * that request is over. A question names whom it is for.
     */
    public List<SpeakerRequest> register(Sitting sitting, UUID itemId, Speaker speaker, SpeakerKind kind,
            @Nullable String addressee, UUID id, Instant now) {
        SittingRules.requireNotEnded(sitting, "Phiên họp đã bế mạc.");
        if (kind == SpeakerKind.QUESTION && (addressee == null || addressee.isBlank())) {
            throw Refusal.invalid("addressee", "Chất vấn cần ghi rõ người được chất vấn.").exception();
        }
        if (ofItem(itemId).stream().anyMatch(r -> r.speaker().sameAs(speaker) && r.state().open())) {
            throw Refusal.conflict("already_registered", speaker.siteId() == null
                    ? "Đại biểu đã đăng ký phát biểu ở nội dung này."
                    : "Điểm cầu đã đăng ký phát biểu ở nội dung này.").exception();
        }
        List<SpeakerRequest> waiting = new ArrayList<>(waiting(itemId));
        int at = 0;
        while (at < waiting.size() && rank(waiting.get(at).kind()) <= rank(kind)) {
            at++;
        }
        SpeakerRequest request = new SpeakerRequest(id, itemId, speaker, kind,
                addressee == null ? null : addressee.strip(), SpeakerState.WAITING, 0, now, null, null, null, null,
                null);
        waiting.add(at, request);
        return renumbered(itemId, waiting);
    }

    /** Whoever asked (the delegate, the site's operator) takes the request back while it waits. */
    public SpeakerRequest withdraw(UUID requestId, UUID accountId) {
        SpeakerRequest request = find(requestId).filter(r -> r.speaker().accountId().equals(accountId))
                .orElseThrow(() -> Refusal.notFound("đăng ký phát biểu").exception());
        requireWaiting(request);
        return request.withState(SpeakerState.WITHDRAWN);
    }

    /** The chair orders the waiting requests of an item, naming every one of them as it now stands. */
    public List<SpeakerRequest> reorder(UUID itemId, List<UUID> order) {
        List<SpeakerRequest> waiting = waiting(itemId);
        if (order.size() != waiting.size() || !new HashSet<>(order).equals(
                new HashSet<>(waiting.stream().map(SpeakerRequest::id).toList()))) {
            throw Refusal.conflict("stale_state",
                    "Danh sách đăng ký vừa thay đổi; hãy xem lại rồi sắp xếp lại.").exception();
        }
        return renumbered(itemId, order.stream().map(id -> find(id).orElseThrow()).toList());
    }

    /**
     * The chair gives the floor to a waiting request of the current item, for a time between {@link #SHORTEST} and
     * {@link #LONGEST}. Someone else speaking: only a point of order or a reply may interrupt, and that speech pauses.
     */
    public List<SpeakerRequest> giveFloor(Sitting sitting, UUID requestId, Duration limit, Instant now) {
        if (sitting.phase() != Sitting.Phase.IN_PROGRESS) {
            throw Refusal.conflict("sitting_not_in_progress", "Phiên họp chưa bắt đầu hoặc đã kết thúc.").exception();
        }
        if (limit.compareTo(SHORTEST) < 0 || limit.compareTo(LONGEST) > 0) {
            throw Refusal.invalid("limitSeconds", "Thời gian phát biểu phải từ 10 giây đến 60 phút.").exception();
        }
        SpeakerRequest request = find(requestId).orElseThrow(() -> Refusal.notFound("đăng ký phát biểu").exception());
        requireWaiting(request);
        if (!request.itemId().equals(sitting.currentItemId())) {
            throw Refusal.conflict("item_not_current", "Chỉ trao lời cho đăng ký của nội dung đang thảo luận.")
                    .exception();
        }
        List<SpeakerRequest> changed = new ArrayList<>();
        Optional<SpeakerRequest> holder = holder();
        if (holder.isPresent() || (lastPaused().isPresent() && !request.kind().interrupts())) {
            if (!request.kind().interrupts()) {
                throw Refusal.conflict("floor_taken",
                        "Đang có người phát biểu; hãy kết thúc lượt phát biểu đó trước.").exception();
            }
            holder.ifPresent(speaking -> changed.add(speaking.paused(now)));
        }
        changed.add(request.speaking(now, limit));
        return changed;
    }

    /** The chair ends the speech on the floor; a speech it had interrupted resumes with the time it kept. */
    public List<SpeakerRequest> endSpeech(Instant now) {
        SpeakerRequest speaking = holder().orElseThrow(() -> Refusal.conflict("no_speaker",
                "Không có ai đang phát biểu.").exception());
        List<SpeakerRequest> changed = new ArrayList<>(List.of(speaking.ended(now)));
        lastPaused().ifPresent(paused -> changed.add(paused.resumed(now)));
        return changed;
    }

    public SpeakerRequest pause(Instant now) {
        return holder().orElseThrow(() -> Refusal.conflict("no_speaker", "Không có ai đang phát biểu.").exception())
                .paused(now);
    }

    public SpeakerRequest resume(Instant now) {
        if (holder().isPresent()) {
            throw Refusal.conflict("floor_taken", "Đang có người phát biểu.").exception();
        }
        return lastPaused().orElseThrow(() -> Refusal.conflict("nothing_paused",
                "Không có lượt phát biểu nào đang tạm dừng.").exception()).resumed(now);
    }

    /** The queue once these changed (or new) requests are stored. */
    public SpeakerQueue with(List<SpeakerRequest> changed) {
        List<SpeakerRequest> after = new ArrayList<>(requests.stream()
                .filter(r -> changed.stream().noneMatch(c -> c.id().equals(r.id()))).toList());
        after.addAll(changed);
        return new SpeakerQueue(after);
    }

    public Optional<SpeakerRequest> find(UUID requestId) {
        return requests.stream().filter(r -> r.id().equals(requestId)).findFirst();
    }

    private List<SpeakerRequest> waiting(UUID itemId) {
        return ofItem(itemId).stream().filter(r -> r.state() == SpeakerState.WAITING).toList();
    }

    /**
     * The item's queue renumbered 1..n: first those no longer waiting (they spoke, speak or withdrew), as they were,
     * then the waiting ones in the order given; answers the requests whose position changed, and any new one.
     */
    private List<SpeakerRequest> renumbered(UUID itemId, List<SpeakerRequest> waiting) {
        List<SpeakerRequest> order = new ArrayList<>(ofItem(itemId).stream()
                .filter(r -> r.state() != SpeakerState.WAITING).toList());
        order.addAll(waiting);
        List<SpeakerRequest> changed = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            SpeakerRequest request = order.get(i);
            if (request.position() != i + 1 || find(request.id()).isEmpty()) {
                changed.add(request.at(i + 1));
            }
        }
        return changed;
    }

    private static int rank(SpeakerKind kind) {
        return switch (kind) {
            case POINT_OF_ORDER -> 0;
            case REPLY -> 1;
            case DISCUSSION, QUESTION -> 2;
        };
    }

    private static void requireWaiting(SpeakerRequest request) {
        if (request.state() != SpeakerState.WAITING) {
            throw Refusal.conflict("not_waiting", "Đăng ký này không còn chờ phát biểu.").exception();
        }
    }
}
