package vn.hopso.meeting.sitting.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.domain.Refusal;

/** Who may record what about attendance, and when. */
public final class AttendanceRules {

    private AttendanceRules() {
    }

    /** Attendance is taken before and during a sitting; once it has ended, the record stands. */
    public static void requireOpen(Sitting sitting) {
        SittingRules.requireNotEnded(sitting, "Phiên họp đã bế mạc: không thể điểm danh nữa.");
    }

    /**
     * A delegate acts for themself only, and only with a mandate on the sitting's day: {@code delegate} is the caller
     * (or their standing) among the delegates elected on that day, if they are one.
     */
    public static <D> D requireElected(Optional<D> delegate) {
        return delegate.orElseThrow(() -> Refusal.conflict("not_an_elected_delegate",
                "Chỉ đại biểu đang trong nhiệm kỳ của hội đồng mới điểm danh được.").exception());
    }

    /**
     * A site's operator checks in and out only the delegates who attend at a site they operate: anyone not elected
     * on the day is not found, anyone else is refused.
     */
    public static Standing requireAtOperatedSite(Optional<Standing> elected, Predicate<UUID> operatesSite) {
        Standing standing = elected.orElseThrow(() -> Refusal.notFound("đại biểu").exception());
        UUID siteId = standing.delegate().siteId();
        if (siteId == null || !operatesSite.test(siteId)) {
            throw Refusal.conflict("delegate_of_another_site",
                    "Đại biểu này không dự họp tại điểm cầu do bạn phụ trách.").exception();
        }
        return standing;
    }

    public static void requireNotPresent(Standing standing) {
        if (standing.isPresent()) {
            throw Refusal.conflict("already_checked_in", "Đại biểu đã điểm danh có mặt.").exception();
        }
    }

    public static void requirePresent(Standing standing) {
        if (!standing.isPresent()) {
            throw Refusal.conflict("not_checked_in", "Đại biểu chưa điểm danh có mặt.").exception();
        }
    }

    /**
     * The secretariat marks a delegate with a mandate on the sitting's day ({@code elected} empty for anyone else: not
     * found); leave needs its reason, and a mark that changes nothing is refused, so that the history holds only
     * changes.
     */
    public static Standing requireMarkable(Optional<Standing> elected, AttendanceStatus status,
            @Nullable String reason) {
        Standing standing = elected.orElseThrow(() -> Refusal.notFound("đại biểu").exception());
        if (status == AttendanceStatus.EXCUSED && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("reason", "Cần ghi lý do vắng mặt.").exception();
        }
        standing.latestRecord()
                .filter(r -> r.status() == status && Objects.equals(r.reason(), reason))
                .ifPresent(r -> {
                    throw Refusal.conflict("attendance_unchanged", "Đại biểu đã ở trạng thái này.").exception();
                });
        return standing;
    }
}
