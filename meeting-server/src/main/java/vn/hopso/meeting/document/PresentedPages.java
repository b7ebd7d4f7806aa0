package vn.hopso.meeting.document;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.Document;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.Presentation;
import vn.hopso.meeting.command.CommandContext;
import vn.hopso.meeting.realtime.protocol.SittingEvent.PresentationChanged;
import vn.hopso.meeting.sitting.PresentationStore;

/**
 * Puts a page of a document before its readers, inside a command of its sitting: kept as the sitting's presentation,
 * told to the readers whole and, when they are not everyone, to everyone else only as "one is on".
 */
@Component
class PresentedPages {

    private final DocumentStore documents;
    private final PresentationStore presentations;

    PresentedPages(DocumentStore documents, PresentationStore presentations) {
        this.documents = documents;
        this.presentations = presentations;
    }

    /** The sitting's presentation, if it shows this document. */
    Optional<PresentationStore.Current> of(UUID sittingId, UUID documentId) {
        return presentations.current(sittingId)
                .filter(current -> documentId.equals(current.presentation().documentId()));
    }

    /**
     * @param readdressed the document's readers may have changed since it was last shown: everyone is told again
     *     that a presentation is on before its readers are told the page, so that no one dropped keeps the page
     */
    void show(StoredDocument stored, int page, CommandContext context, boolean readdressed) {
        Document document = stored.document();
        UUID sittingId = context.before().sitting().id();
        Recipients readers = PresentationReaders.of(document, context.before(),
                documents.rolesOf(stored.organisationId(), document.namedReaders()));
        Optional<PresentationStore.Current> before = of(sittingId, document.id());
        Instant since = before.map(current -> current.presentation().since()).orElse(context.now());
        boolean everyone = PresentationReaders.everyone(readers);
        Presentation presentation = new Presentation(document.id(), document.title(), page, stored.current().pages(),
                stored.current().number(), everyone, since);
        presentations.show(sittingId, presentation, readers, context.actor().accountId());
        if (!everyone && (before.isEmpty() || readdressed)) {
            context.emit(new PresentationChanged(PresentationStore.hidden(presentation)), Recipients.everyone());
        }
        context.emit(new PresentationChanged(presentation), readers);
    }

    /** Ends the sitting's presentation, if one is on. */
    void end(CommandContext context) {
        if (presentations.end(context.before().sitting().id())) {
            context.emit(new PresentationChanged(null), Recipients.everyone());
        }
    }
}
