package vn.hopso.meeting.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.DocumentSearchResult;

/** Tìm kiếm tài liệu: search through the text of a session's documents, without regard to diacritics or case. */
@Tag(name = "Documents", description = "Phòng tài liệu: the documents of sittings and agenda items")
@RestController
@RequestMapping("/api")
class DocumentSearchController {

    private final SessionDocumentSearch search;

    DocumentSearchController(SessionDocumentSearch search) {
        this.search = search;
    }

    @Operation(operationId = "searchSessionDocuments", summary = "Find the pages of the session's documents the "
            + "caller may read that contain the query, without regard to diacritics or case (\"ngan sach\" finds "
            + "\"ngân sách\"), with a snippet of each and the matches marked by offsets")
    @GetMapping("/sessions/{id}/documents/search")
    DocumentSearchResult search(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "20") int limit) {
        return search.search(actor, id, SearchQuery.of(q, offset, limit));
    }

    @Operation(operationId = "searchDocument", summary = "Find the pages of one document the caller may read that "
            + "contain the query, as the session's search does (diacritics and case aside), page by page in order")
    @GetMapping("/documents/{id}/search")
    DocumentSearchResult searchDocument(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "20") int limit) {
        return search.inDocument(actor, id, SearchQuery.of(q, offset, limit));
    }
}
