package vn.hopso.meeting.document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.ProcessingProgress;
import vn.hopso.meeting.api.UploadStage;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.bus.Notices;

/**
 * Tells the uploader's screens, on whichever node their sockets are, how far the processing of their file has got
 * ({@code upload.progress}): waiting for a conversion, converting, reading page x of y. Pages are told at most every
 * {@link #EVERY}, the first and the last always, so a 2,000-page report sends a few dozen frames, not 2,000.
 */
@Component
class UploadProgressNotices {

    static final Duration EVERY = Duration.ofMillis(250);

    private final Notices notices;
    private final Clock clock;

    UploadProgressNotices(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** The progress of the file {@code uploadId} that {@code accountId} is uploading. */
    ProcessingProgress of(UUID accountId, UUID uploadId) {
        return new ProcessingProgress() {
            private Instant lastPageTold = Instant.MIN;

            @Override
            public void waitingForConverter() {
                tell(UploadStage.WAITING, 0, 0);
            }

            @Override
            public void converting() {
                tell(UploadStage.CONVERTING, 0, 0);
            }

            @Override
            public void read(int page, int pages) {
                Instant now = clock.instant();
                if (page == 1 || page == pages || !now.isBefore(lastPageTold.plus(EVERY))) {
                    lastPageTold = now;
                    tell(UploadStage.READING, page, pages);
                }
            }

            private void tell(UploadStage stage, int page, int pages) {
                notices.publish(new Notice.UploadProgress(accountId, uploadId, stage, page, pages));
            }
        };
    }
}
