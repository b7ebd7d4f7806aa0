package vn.hopso.meeting.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.UnopenedDocument;

/** Who has not opened the documents of a sitting, at a glance, for those who run it. */
@Tag(name = "Documents", description = "Phòng tài liệu: the documents of sittings and agenda items")
@RestController
@RequestMapping("/api")
class UnopenedDocumentsController {

    private final UnopenedDocuments unopened;

    UnopenedDocumentsController(UnopenedDocuments unopened) {
        this.unopened = unopened;
    }

    @Operation(operationId = "listUnopenedDocuments", summary = "For each document of the sitting the elected "
            + "delegates may open now, those who have not opened its current version (secretariat)")
    @GetMapping("/sittings/{id}/documents/unopened")
    List<UnopenedDocument> unopened(Actor actor, @PathVariable UUID id) {
        return unopened.of(actor, id);
    }
}
