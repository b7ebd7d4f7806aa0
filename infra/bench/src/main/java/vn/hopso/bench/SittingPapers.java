package vn.hopso.bench;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The papers of one sitting, as the secretariat prepares them for a document benchmark: a sitting of the council with
 * a published agenda of one item, and files uploaded into that item for the council's delegates (access
 * {@code DELEGATES}: every copy and page image they get carries their own watermark).
 */
final class SittingPapers {

    /** A file the server accepted: the document it became, its pages, and the seconds from sending it to ready. */
    record Uploaded(String documentId, int pages, double seconds) {
    }

    private final Session secretariat;
    private final String sitting;
    private final String item;

    private SittingPapers(Session secretariat, String sitting, String item) {
        this.secretariat = secretariat;
        this.sitting = sitting;
        this.item = item;
    }

    /** A new sitting in a new session of the council, its agenda of one item published. */
    static SittingPapers prepare(Session secretariat, String council) {
        String sitting = BusySittingBench.sittings(secretariat, council, 1, 1).getFirst();
        String item = secretariat.get("/api/sittings/" + sitting + "/view").get("agenda").get(0).get("id").asString();
        return new SittingPapers(secretariat, sitting, item);
    }

    /**
     * Uploads one file and waits for it to be ready: the server answers an upload once the file is converted (an
     * Office file), read and stored, so ready is its answer {@code READY}, confirmed by the document's entry.
     */
    Uploaded upload(String fileName, byte[] content) {
        long started = System.nanoTime();
        JsonNode answer = secretariat.upload("/api/sittings/" + sitting + "/documents", fileName, content,
                Map.of("kind", "SUBMISSION", "agendaItemId", item, "access", "DELEGATES"));
        JsonNode file = answer.isArray() && answer.size() == 1 ? answer.get(0) : answer;
        if (!"READY".equals(file.path("status").asString(""))) {
            throw new IllegalStateException("the server did not accept " + fileName + ": " + answer);
        }
        String id = file.get("documentId").asString();
        JsonNode entry = secretariat.get("/api/documents/" + id);
        double seconds = (System.nanoTime() - started) / 1e9;
        int pages = entry.path("pages").asInt(0);
        if (pages != file.get("pages").asInt()) {
            throw new IllegalStateException("the document " + id + " has " + entry + ", its upload said " + file);
        }
        return new Uploaded(id, pages, seconds);
    }
}
