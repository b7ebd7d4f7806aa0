package vn.hopso.meeting.media;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.media.domain.MediaFailure;
import vn.hopso.media.domain.NotJoined;
import vn.hopso.media.janus.JanusRefused;
import vn.hopso.media.janus.JanusUnauthorized;
import vn.hopso.media.janus.VideoRoomRefused;
import vn.hopso.meeting.realtime.protocol.MediaMessage.MediaError;

/** The coded, Vietnamese {@code media.error} for each way the video of a sitting can fail one socket. */
final class MediaErrors {

    /** Janus' own codes for a session description it cannot read or whose type it does not know. */
    private static final int JSEP_UNKNOWN_TYPE = 464;
    private static final int JSEP_INVALID_SDP = 465;

    private MediaErrors() {
    }

    /** What a failure of the media node (or a description that is no SDP) means for the socket. */
    static MediaError of(@Nullable String ref, UUID sittingId, @Nullable String feed, RuntimeException failure) {
        return switch (failure) {
            case NotJoined notJoined when feed != null -> unknownFeed(ref, sittingId, feed);
            case NotJoined notJoined -> notJoined(ref, sittingId);
            case VideoRoomRefused refused when refused.reason() == VideoRoomRefused.Reason.NO_SUCH_ROOM ->
                    new MediaError(ref, sittingId, feed, "media_no_room",
                            "Phiên họp chưa có phòng video: phiên họp chưa khai mạc hoặc đã bế mạc.");
            case VideoRoomRefused refused when refused.reason() == VideoRoomRefused.Reason.NO_SUCH_FEED ->
                    unknownFeed(ref, sittingId, feed);
            case JanusRefused refused when refused.code() == JSEP_INVALID_SDP || refused.code() == JSEP_UNKNOWN_TYPE ->
                    badDescription(ref, sittingId, feed);
            case IllegalArgumentException notSdp -> badDescription(ref, sittingId, feed);
            case VideoRoomRefused refused -> refused(ref, sittingId, feed);
            case JanusRefused refused -> refused(ref, sittingId, feed);
            case JanusUnauthorized misconfigured -> unavailable(ref, sittingId);
            case MediaFailure unreachable -> unavailable(ref, sittingId);
            default -> throw failure;
        };
    }

    static MediaError unavailable(@Nullable String ref, UUID sittingId) {
        return new MediaError(ref, sittingId, null, "media_unavailable",
                "Máy chủ video chưa sẵn sàng (chưa cài đặt hoặc không trả lời). Vui lòng thử lại sau.");
    }

    static MediaError notJoined(@Nullable String ref, UUID sittingId) {
        return new MediaError(ref, sittingId, null, "media_not_joined",
                "Đồng chí chưa tham gia video của phiên họp này.");
    }

    /** Another socket of the same participant joined: the newer one is in, this one is out. */
    static MediaError replaced(UUID sittingId) {
        return new MediaError(null, sittingId, null, "media_replaced",
                "Đồng chí đã tham gia video của phiên họp từ một cửa sổ khác.");
    }

    /** The room is gone: the sitting ended, or the participant was removed. */
    static MediaError ended(UUID sittingId) {
        return new MediaError(null, sittingId, null, "media_ended", "Video của phiên họp đã kết thúc.");
    }

    static MediaError nodeLost(UUID sittingId) {
        return new MediaError(null, sittingId, null, "media_node_lost",
                "Máy chủ video vừa khởi động lại. Vui lòng tham gia lại.");
    }

    private static MediaError unknownFeed(@Nullable String ref, UUID sittingId, @Nullable String feed) {
        return new MediaError(ref, sittingId, feed, "media_unknown_feed",
                "Không có hình ảnh này trong video của phiên họp.");
    }

    private static MediaError badDescription(@Nullable String ref, UUID sittingId, @Nullable String feed) {
        return new MediaError(ref, sittingId, feed, "media_bad_sdp", "Mô tả kết nối video (SDP) không hợp lệ.");
    }

    private static MediaError refused(@Nullable String ref, UUID sittingId, @Nullable String feed) {
        return new MediaError(ref, sittingId, feed, "media_refused",
                "Máy chủ video từ chối yêu cầu. Vui lòng thử lại.");
    }
}
