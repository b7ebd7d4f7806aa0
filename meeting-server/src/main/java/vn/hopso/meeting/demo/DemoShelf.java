package vn.hopso.meeting.demo;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.AccessClass;
import vn.hopso.documents.domain.Kind;
import vn.hopso.documents.domain.StorageFailed;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.UploadStatus;
import vn.hopso.meeting.api.UploadedFile;
import vn.hopso.meeting.document.DocumentImports;
import vn.hopso.meeting.print.PrintedPdf;

/**
 * Puts the demo session's papers on the opening sitting's shelf, uploaded by the secretariat account through the
 * document room's own upload path, so the newcomer's delegates have something to read, watermarked with their name.
 * Without object storage, or when it fails, the demo goes on without papers and says so in the log.
 */
@Component
class DemoShelf {

    private static final Logger log = LoggerFactory.getLogger(DemoShelf.class);

    private final DocumentImports imports;
    private final DemoPapers papers;

    DemoShelf(DocumentImports imports, PrintedPdf printed) {
        this.imports = imports;
        this.papers = new DemoPapers(printed);
    }

    /** Where the papers go: the council, its opening sitting, and the two items they belong to. */
    record Places(UUID councilId, UUID sittingId, UUID reportItemId, UUID budgetItemId) {
    }

    void stock(Actor secretariat, Places places) {
        if (!imports.storageConfigured()) {
            log.info("The demo session has no documents: no object storage is configured (hopso.s3.endpoint)");
            return;
        }
        try {
            place(secretariat, places, places.reportItemId(), Kind.REPORT, AccessClass.PUBLIC,
                    papers.socioEconomicReport());
            place(secretariat, places, places.budgetItemId(), Kind.SUBMISSION, AccessClass.DELEGATES,
                    papers.submission());
            place(secretariat, places, places.budgetItemId(), Kind.DRAFT_RESOLUTION, AccessClass.DELEGATES,
                    papers.draftResolution());
            place(secretariat, places, places.budgetItemId(), Kind.VERIFICATION_REPORT, AccessClass.DELEGATES,
                    papers.verificationReport());
        } catch (StorageFailed e) {
            log.warn("The demo session's documents could not be stored; the secretariat can upload papers later", e);
        }
    }

    private void place(Actor secretariat, Places places, UUID itemId, Kind kind, AccessClass access,
            DemoPapers.Paper paper) {
        UploadedFile uploaded = imports.attach(secretariat, places.councilId(), places.sittingId(), itemId, false,
                kind, access, paper.fileName(), paper.pdf());
        if (uploaded.status() != UploadStatus.READY) {
            throw new IllegalStateException("the demo paper " + paper.fileName() + " was refused: "
                    + uploaded.code() + " " + uploaded.message());
        }
    }
}
