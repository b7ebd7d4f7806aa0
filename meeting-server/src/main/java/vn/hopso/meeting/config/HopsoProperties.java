package vn.hopso.meeting.config;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything HọpSố reads from configuration ({@code hopso.*}); each field is documented in README.md.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data when no datasource is configured
 * @param demo whether an empty database is seeded with the demo council on start-up
 * @param redis Redis for cross-node fan-out and presence; none means a single node with an in-process bus
 * @param s3 the S3-compatible object storage that keeps the document room's files; none means no object storage
 * @param realtime limits and timing of the WebSocket connection
 * @param login failed-login throttling
 */
@ConfigurationProperties("hopso")
public record HopsoProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @DefaultValue Redis redis,
        @DefaultValue S3 s3,
        @DefaultValue Realtime realtime,
        @DefaultValue Login login) {

    /**
     * @param uri e.g. {@code redis://127.0.0.1:6379}; empty for none
     * @param prefix put before every channel and key HọpSố uses, so that two installations (or a test run and a
     *     developer's instance) can share one Redis without hearing each other
     */
    public record Redis(@Nullable String uri, @DefaultValue("hopso:") String prefix) {
        public boolean configured() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param endpoint e.g. {@code http://10.0.0.7:9000} (MinIO or any S3-compatible server); empty for none
     * @param accessKey the access key id, as issued by the storage server
     * @param secretKey the secret that signs requests with the access key
     * @param bucket the bucket HọpSố keeps its objects in; the health check reports whether it exists
     * @param region the region requests are signed for; S3-compatible servers on a closed network accept the default
     */
    public record S3(
            @Nullable String endpoint,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("hopso") String bucket,
            @DefaultValue("us-east-1") String region) {
        public boolean configured() {
            return endpoint != null && !endpoint.isBlank();
        }
    }

    /**
     * @param maxFrameBytes a client frame larger than this gets an error frame and changes nothing (1 KiB more closes
     *     the connection)
     * @param heartbeatInterval how often the server pings each connection, checks its session and role, and looks for
     *     events its subscribers missed (a lost bus message is noticed within one interval)
     * @param heartbeatTimeout a connection silent for longer than this is closed as dead
     * @param maxErrorsPerMinute a client that sends more bad frames than this is disconnected for abuse
     * @param fanoutThreads threads that push events to this node's WebSocket clients in parallel; 0 means one per
     *     processor (more threads than cores only contend: measured with infra/bench/run fanout)
     * @param framesPerSecond frames of any kind a client may send per second on average; beyond the burst they are
     *     refused with {@code rate_limited} (and count as bad frames)
     * @param frameBurst how many frames a client may send at once before the average applies
     * @param maxQueuedBytes a client that does not read what it is sent is disconnected once this much waits for it
     *     (it resumes from its last sequence number when it reconnects); nobody else waits for it
     * @param sendTimeout a frame the network has not taken within this closes the connection
     * @param maxSocketsPerAccount WebSockets one account may hold open on one node (tabs, devices); more are refused
     * @param maxSubscriptions sittings one connection may follow at once
     * @param maxReplay events replayed to a client that resumes; one further behind is told to reload its snapshot
     */
    public record Realtime(
            @DefaultValue("8192") int maxFrameBytes,
            @DefaultValue("20s") Duration heartbeatInterval,
            @DefaultValue("60s") Duration heartbeatTimeout,
            @DefaultValue("30") int maxErrorsPerMinute,
            @DefaultValue("0") int fanoutThreads,
            @DefaultValue("5") int framesPerSecond,
            @DefaultValue("30") int frameBurst,
            @DefaultValue("262144") int maxQueuedBytes,
            @DefaultValue("10s") Duration sendTimeout,
            @DefaultValue("8") int maxSocketsPerAccount,
            @DefaultValue("10") int maxSubscriptions,
            @DefaultValue("500") int maxReplay) {

        public int fanoutLanes() {
            return fanoutThreads > 0 ? fanoutThreads : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param maxFailures failed logins for one user name before it is locked for {@code lockout}
     * @param lockout how long a throttled user name must wait
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockout) {
    }
}
