package vn.hopso.meeting.realtime;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.ErrorMessage;
import vn.hopso.meeting.realtime.protocol.ServerMessage.OrganisationChanged;
import vn.hopso.meeting.realtime.protocol.ServerMessage.UploadProgress;
import vn.hopso.meeting.security.Actors;
import vn.hopso.meeting.sitting.SittingStore;

/**
 * Applies access notices from any node to this node's sockets at once: an ended browser session closes its sockets
 * (with {@code access_revoked}, then close code 4401: the screen returns to the login page), changed roles are checked
 * against what the account's sockets follow, a sitting that became closed drops those who may no longer follow it; a
 * changed list of an organisation is announced to the sockets of the accounts that belong to it.
 */
@Component
class RealtimeAccess implements SittingFanout.NoticeListener {

    private final RealtimeEndpoint endpoint;
    private final SubscribeHandler subscriptions;
    private final Actors actors;
    private final SittingStore sittings;
    private final ProtocolCodec codec;

    RealtimeAccess(RealtimeEndpoint endpoint, SubscribeHandler subscriptions, Actors actors, SittingStore sittings,
            ProtocolCodec codec, SittingFanout fanout) {
        this.endpoint = endpoint;
        this.subscriptions = subscriptions;
        this.actors = actors;
        this.sittings = sittings;
        this.codec = codec;
        fanout.onNotices(this);
    }

    @Override
    public void onNotice(Notice notice) {
        switch (notice) {
            case Notice.SessionEnded ended -> {
                for (Connection connection : endpoint.connections()) {
                    if (ended.sessionId().equals(connection.browserSession())) {
                        end(connection);
                    }
                }
            }
            case Notice.AccountSessionsEnded ended -> {
                for (Connection connection : endpoint.connections()) {
                    if (connection.accountId().equals(ended.accountId())
                            && (ended.kept() == null || !ended.kept().equals(connection.browserSession()))) {
                        end(connection);
                    }
                }
            }
            case Notice.RolesChanged changed -> {
                Optional<Actor> actor = actors.load(changed.accountId());
                for (Connection connection : endpoint.connections()) {
                    if (connection.accountId().equals(changed.accountId())) {
                        actor.ifPresentOrElse(a -> {
                            connection.belongsAs(a);
                            subscriptions.recheck(connection, a, sittings::find);
                        }, () -> end(connection));
                    }
                }
            }
            case Notice.SittingAccessChanged changed -> {
                for (Connection connection : endpoint.connections()) {
                    if (connection.subscriptions().containsKey(changed.sittingId())) {
                        actors.load(connection.accountId()).ifPresentOrElse(
                                a -> subscriptions.recheck(connection, a, sittings::find), () -> end(connection));
                    }
                }
            }
            case Notice.OrganisationChanged changed -> {
                String frame = codec.encode(new OrganisationChanged(changed.organisationId(), changed.list()));
                for (Connection connection : endpoint.connections()) {
                    if (connection.belongsTo(changed.organisationId())) {
                        connection.send(frame);
                    }
                }
            }
            case Notice.UploadProgress progress -> {
                String frame = codec.encode(new UploadProgress(progress.uploadId(), progress.stage(), progress.page(),
                        progress.pages()));
                for (Connection connection : endpoint.connections()) {
                    if (connection.accountId().equals(progress.accountId())) {
                        connection.send(frame);
                    }
                }
            }
        }
    }

    /** Ends the socket of a session that is over: says so, then closes with 4401 once that frame is out. */
    void end(Connection connection) {
        connection.send(codec.encode(ErrorMessage.of(null, "access_revoked",
                "Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.")));
        connection.closeAfterQueued(Connection.SESSION_ENDED);
    }
}
