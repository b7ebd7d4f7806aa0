package vn.hopso.meeting.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.hopso.documents.domain.FoldedText;
import vn.hopso.documents.domain.Snippet;
import vn.hopso.documents.domain.Version;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.DocumentHit;
import vn.hopso.meeting.api.DocumentSearchResult;
import vn.hopso.meeting.api.Session;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.TextMark;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.SessionStore;
import vn.hopso.meeting.sitting.SittingReads;

/**
 * Search through the text of the documents of a session (kỳ họp): only the pages of the current versions the caller
 * may open right now are searched, so nothing of a document they may not read, not even its title, can be found.
 */
@Component
class SessionDocumentSearch {

    /** Characters of the page shown either side of the first match. */
    private static final int CONTEXT = 80;

    private final SessionStore sessions;
    private final SittingReads sittings;
    private final DocumentDesk desk;
    private final DocumentStore store;

    SessionDocumentSearch(SessionStore sessions, SittingReads sittings, DocumentDesk desk, DocumentStore store) {
        this.sessions = sessions;
        this.sittings = sittings;
        this.desk = desk;
        this.store = store;
    }

    DocumentSearchResult search(Actor actor, UUID sessionId, SearchQuery query) {
        Session session = sessions.find(sessionId).orElseThrow(() -> Refusal.notFound("kỳ họp").exception());
        actor.viewerIn(session.organisationId()).orElseThrow(() -> Refusal.notFound("kỳ họp").exception());
        Map<UUID, StoredDocument> readable = new LinkedHashMap<>();
        for (Sitting sitting : sittings.inSession(actor, sessionId)) {
            desk.visibleIn(desk.sitting(actor, sitting.id()))
                    .forEach(opened -> readable.put(opened.stored().document().id(), opened.stored()));
        }
        return found(readable, query);
    }

    /** The same search within one document the caller may read (its current version). */
    DocumentSearchResult inDocument(Actor actor, UUID documentId, SearchQuery query) {
        StoredDocument stored = desk.open(actor, documentId).stored();
        return found(Map.of(documentId, stored), query);
    }

    private DocumentSearchResult found(Map<UUID, StoredDocument> readable, SearchQuery query) {
        List<Version> versions = readable.values().stream().map(StoredDocument::current).toList();
        List<DocumentStore.PageMatch> matches = store.matching(versions, query.folded(), query.offset(), query.limit());
        int total = matches.isEmpty() ? totalBefore(versions, query) : matches.getFirst().total();
        List<DocumentHit> hits = matches.stream()
                .<DocumentHit>mapMulti((match, found) -> Snippet.of(FoldedText.of(match.text()), query.folded(), CONTEXT)
                        .ifPresent(snippet -> found.accept(hit(readable.get(match.documentId()), match, snippet))))
                .toList();
        return new DocumentSearchResult(query.typed(), total, query.offset(), hits);
    }

    /** Asked for results past the last one: how many there are, so that the caller can page back. */
    private int totalBefore(List<Version> versions, SearchQuery query) {
        if (query.offset() == 0) {
            return 0;
        }
        List<DocumentStore.PageMatch> first = store.matching(versions, query.folded(), 0, 1);
        return first.isEmpty() ? 0 : first.getFirst().total();
    }

    private static DocumentHit hit(StoredDocument stored, DocumentStore.PageMatch match, Snippet snippet) {
        return new DocumentHit(stored.document().id(), stored.document().sittingId(), stored.document().title(),
                stored.current().number(), match.page(), snippet.text(),
                snippet.marks().stream().map(mark -> new TextMark(mark.start(), mark.length())).toList(),
                snippet.matches());
    }
}
