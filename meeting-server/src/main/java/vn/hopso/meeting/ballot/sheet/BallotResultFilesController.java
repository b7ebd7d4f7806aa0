package vn.hopso.meeting.ballot.sheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.BallotTally;
import vn.hopso.meeting.api.TallySource;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.voting.domain.BallotStore;
import vn.hopso.voting.domain.Poll;

/**
 * The results of a counted ballot as files for the secretariat and the chair: the result sheet to sign, and for a
 * named ballot the list of who chose what.
 */
@Tag(name = "Ballots", description = "Biểu quyết: the results of counted ballots as files")
@RestController
@RequestMapping("/api")
class BallotResultFilesController {

    private final CountedBallots ballots;
    private final ResultSheetPdf pdf;
    private final BallotStore store;

    BallotResultFilesController(CountedBallots ballots, ResultSheetPdf pdf, BallotStore store) {
        this.ballots = ballots;
        this.pdf = pdf;
        this.store = store;
    }

    @Operation(operationId = "getResultSheet", summary = "Biên bản kết quả biểu quyết (biên bản kiểm phiếu of a "
            + "secret ballot) of a closed or announced ballot, as a PDF to print and sign; never any voter's name")
    @GetMapping(path = "/ballots/{id}/result-sheet.pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> resultSheet(Actor actor, @PathVariable UUID id) {
        CountedBallots.Counted counted = ballots.find(actor, id, true);
        byte[] sheet = pdf.render(ResultSheet.of(counted.place(), counted.ballot()));
        return file(MediaType.APPLICATION_PDF, "bien-ban-ket-qua-" + shortId(id) + ".pdf", sheet);
    }

    @Operation(operationId = "getNamedResults", summary = "Kết quả biểu quyết theo tên of a closed or announced named "
            + "ballot, as CSV for a spreadsheet: one row per delegate entitled to vote, with their choice")
    @GetMapping(path = "/ballots/{id}/results.csv", produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> namedResults(Actor actor, @PathVariable UUID id) {
        CountedBallots.Counted counted = ballots.find(actor, id, false);
        Poll poll = counted.poll();
        if (poll.ballot().secret()) {
            throw Refusal.conflict("ballot_secret",
                    "Phiếu kín không ghi tên người bỏ phiếu: không có danh sách kết quả theo tên.").exception();
        }
        BallotTally paper = counted.ballot().result().tallies().stream()
                .filter(tally -> tally.source() == TallySource.PAPER).findFirst().orElse(null);
        String csv = NamedResultsCsv.of(poll, store.electors(poll.id()), store.namedVotes(poll), paper);
        return file(new MediaType("text", "csv", StandardCharsets.UTF_8), "ket-qua-theo-ten-" + shortId(id) + ".csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> file(MediaType type, String name, byte[] body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
