package vn.hopso.meeting.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.hopso.documents.convert.ConversionLimits;
import vn.hopso.documents.pdf.PdfLimits;

/**
 * Everything HọpSố reads from configuration ({@code hopso.*}); each field is documented in README.md.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data when no datasource is configured
 * @param demo whether an empty database is seeded with the demo council (and its well-known logins) on start-up
 * @param redis Redis for cross-node fan-out and presence; none means a single node with an in-process bus
 * @param s3 the S3-compatible object storage that keeps the document room's files; none means no object storage
 * @param realtime limits and timing of the WebSocket connection
 * @param login failed-login throttling
 * @param passwords what a new password must be like
 * @param trustedProxies addresses or CIDR ranges (e.g. {@code 10.0.0.5}, {@code 10.0.0.0/24}, {@code ::1}) of reverse
 *     proxies whose X-Forwarded-For/-Proto/-Host headers are believed; none by default, so no client can claim
 *     another address or HTTPS by sending such headers
 * @param metrics who may read the Prometheus metrics besides a logged-in system administrator
 * @param documents what one uploaded document may cost, and how served copies are marked
 */
@ConfigurationProperties("hopso")
public record HopsoProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("auto") Demo demo,
        @DefaultValue Redis redis,
        @DefaultValue S3 s3,
        @DefaultValue Realtime realtime,
        @DefaultValue Login login,
        @DefaultValue Passwords passwords,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue Metrics metrics,
        @DefaultValue Documents documents) {

    /**
     * When the demo council is seeded into an empty database. Its logins and password are printed in README.md, so it
     * never lands in a real deployment by accident.
     */
    public enum Demo {
        /** Only into the embedded PostgreSQL that runs without a configured datasource (the Run command). */
        AUTO,
        /** Into any empty database, an external one included: asked for explicitly. */
        TRUE,
        /** Never. */
        FALSE;

        public boolean seeds(boolean embeddedDatabase) {
            return this == TRUE || (this == AUTO && embeddedDatabase);
        }
    }

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
            @DefaultValue("16384") int maxFrameBytes,
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
     * Failed logins slow guessing down with growing delays rather than a hard lock, counted per user name and client
     * address (so wrong passwords typed on one laptop cannot lock the chair out on another) and per address across all
     * names (so one machine cannot try a few passwords on every name).
     *
     * @param maxFailures failures of one user name from one address, within {@code window}, that cost no wait
     * @param firstDelay the wait after the failure that reaches a limit; it doubles with each failure after that
     * @param maxDelay the longest wait
     * @param window failures older than this are forgotten (counted from the first failure of a window)
     * @param addressMaxFailures failures from one address, whatever the user names, that cost no wait
     * @param maxTracked the most user names and addresses whose failures are remembered; the oldest go first
     * @param concurrentChecks password checks (bcrypt) running at once; 0 means half the processors, at least one.
     *     Beyond it a login waits at most {@code checkWait}, then answers 503 with Retry-After
     * @param checkWait how long a login may wait for a password check to be free
     */
    public record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("30s") Duration firstDelay,
            @DefaultValue("15m") Duration maxDelay,
            @DefaultValue("1h") Duration window,
            @DefaultValue("20") int addressMaxFailures,
            @DefaultValue("100000") int maxTracked,
            @DefaultValue("0") int concurrentChecks,
            @DefaultValue("200ms") Duration checkWait) {

        public int checkPermits() {
            return concurrentChecks > 0 ? concurrentChecks : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        }
    }

    /**
     * @param minLength the fewest characters a new password may have (bcrypt's 72-byte limit is the upper bound)
     * @param hashCost bcrypt's work factor for new password hashes, 4 to 31: each step doubles the time a check takes
     *     (10 takes ~70 ms on one core of the build machines). A hash keeps the cost it was made with, so raising it
     *     later strengthens each password at its next change
     */
    public record Passwords(@DefaultValue("10") int minLength, @DefaultValue("10") int hashCost) {
        public Passwords {
            if (hashCost < 4 || hashCost > 31) {
                throw new IllegalArgumentException("hopso.passwords.hash-cost must be between 4 and 31, not "
                        + hashCost);
            }
        }
    }

    /**
     * @param token a secret a scraper sends as {@code Authorization: Bearer <token>} to read /actuator/prometheus;
     *     none means only a logged-in system administrator may
     */
    public record Metrics(@Nullable String token) {
        public boolean tokenConfigured() {
            return token != null && !token.isBlank();
        }
    }

    /**
     * Limits of the document room: anything beyond them is refused with a reason, and other uploads go on.
     *
     * @param maxFileSize the largest file one may upload (a larger request is refused before it is read)
     * @param maxPages the most pages a document may have, or claim to have
     * @param maxNestingDepth arrays and dictionaries nested deeper than this are refused
     * @param pageTime reading, rendering or watermarking one page may take this long
     * @param maxMemory heap PDFBox may hold for one document; beyond it it spills to temporary files
     * @param maxImageWidth the widest page image served, in pixels
     * @param watermarkFont a TrueType font with Vietnamese letters for watermarks (Debian fonts-dejavu-core)
     * @param maxFilesPerUpload files one upload request may carry
     * @param zone the time zone of the date and time in watermarks
     * @param soffice LibreOffice's launcher; when it is not installed, Office files are refused as unsupported
     * @param conversionTime one Office-to-PDF conversion taking longer is killed
     * @param conversionMemory the address space one conversion may take
     * @param conversionWorkers conversions at once on this node; the others wait their turn
     * @param conversionWait how long an upload waits for a free conversion before it is refused as busy
     * @param isolateConversions each conversion runs without network (a network namespace of its own)
     * @param trustedCertificates a PEM file of the certification authorities whose digital signatures are trusted
     *     (for example the government CA's root); none: signatures are checked for integrity, none is called trusted
     */
    public record Documents(
            @DefaultValue("100MB") DataSize maxFileSize,
            @DefaultValue("2000") int maxPages,
            @DefaultValue("100") int maxNestingDepth,
            @DefaultValue("10s") Duration pageTime,
            @DefaultValue("64MB") DataSize maxMemory,
            @DefaultValue("2000") int maxImageWidth,
            @DefaultValue("40000000") long maxImagePixels,
            @DefaultValue("64MB") DataSize keptPages,
            @DefaultValue("72h") Duration offlineTime,
            @DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") Path watermarkFont,
            @DefaultValue("20") int maxFilesPerUpload,
            @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
            @DefaultValue("/usr/bin/soffice") Path soffice,
            @DefaultValue("60s") Duration conversionTime,
            @DefaultValue("2GB") DataSize conversionMemory,
            @DefaultValue("2") int conversionWorkers,
            @DefaultValue("2m") Duration conversionWait,
            @DefaultValue("true") boolean isolateConversions,
            @Nullable Path trustedCertificates) {

        public PdfLimits pdfLimits() {
            return new PdfLimits(maxFileSize.toBytes(), maxPages, maxNestingDepth, pageTime, maxMemory.toBytes(),
                    maxImageWidth, watermarkFont);
        }

        public ConversionLimits conversionLimits() {
            return new ConversionLimits(soffice, conversionTime, conversionMemory.toBytes(), conversionWorkers,
                    conversionWait, isolateConversions);
        }
    }
}
