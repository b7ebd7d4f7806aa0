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
     * among the delegates elected on that day, if they are one.
     */
    public static Attendance.Delegate requireElected(Optional<Attendance.Delegate> delegate) {
        return delegate.orElseThrow(() -> Refusal.conflict("not_an_elected_delegate",
                "Chỉ đại biểu đang trong nhiệm kỳ của hội đồng mới điểm danh được.").exception());
    }

    /**
     * A site's operator checks in and out only the delegates who attend at a site they operate: anyone not elected
     * on the day is not found, anyone else is refused.
     */
    public static Attendance.Delegate requireAtOperatedSite(Attendance attendance, UUID membershipId,
            Predicate<UUID> operatesSite) {
        Attendance.Delegate delegate = attendance.delegate(membershipId)
                .orElseThrow(() -> Refusal.notFound("đại biểu").exception());
        if (delegate.siteId() == null || !operatesSite.test(delegate.siteId())) {
            throw Refusal.conflict("delegate_of_another_site",
                    "Đại biểu này không dự họp tại điểm cầu do bạn phụ trách.").exception();
        }
        return delegate;
    }

    public static void requireNotPresent(Attendance attendance, UUID membershipId) {
        if (attendance.present(membershipId)) {
            throw Refusal.conflict("already_checked_in", "Đại biểu đã điểm danh có mặt.").exception();
        }
    }

    public static void requirePresent(Attendance attendance, UUID membershipId) {
        if (!attendance.present(membershipId)) {
            throw Refusal.conflict("not_checked_in", "Đại biểu chưa điểm danh có mặt.").exception();
        }
    }

    /**
     * The secretariat marks a delegate with a mandate on the sitting's day (anyone else is not found); leave needs its
     * reason, and a mark that changes nothing is refused, so that the history holds only changes.
     */
    public static Attendance.Delegate requireMarkable(Attendance attendance, UUID membershipId, AttendanceStatus status,
            @Nullable String reason) {
        Attendance.Delegate delegate = attendance.delegate(membershipId)
                .orElseThrow(() -> Refusal.notFound("đại biểu").exception());
        if (status == AttendanceStatus.EXCUSED && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("reason", "Cần ghi lý do vắng mặt.").exception();
        }
        attendance.latestOf(membershipId)
                .filter(r -> r.status() == status && Objects.equals(r.reason(), reason))
                .ifPresent(r -> {
                    throw Refusal.conflict("attendance_unchanged", "Đại biểu đã ở trạng thái này.").exception();
                });
        return delegate;
    }
}
