package vn.hopso.media.janus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.media.domain.SessionDescription;

/** Session descriptions as Janus carries them ({@code jsep}): every candidate inside, so no trickle. */
final class Jsep {

    private Jsep() {
    }

    static ObjectNode offer(SessionDescription description) {
        return of("offer", description);
    }

    static ObjectNode answer(SessionDescription description) {
        return of("answer", description);
    }

    /** Janus' own description in an event that must carry one. */
    static SessionDescription in(JsonNode event, String type) {
        JsonNode jsep = event.path("jsep");
        if (!type.equals(jsep.path("type").asString())) {
            throw new JanusRefused(0, "Janus sent no " + type + " where one was due: " + event);
        }
        return new SessionDescription(jsep.path("sdp").asString());
    }

    private static ObjectNode of(String type, SessionDescription description) {
        ObjectNode jsep = JanusHttp.JSON.createObjectNode();
        jsep.put("type", type);
        jsep.put("sdp", description.sdp());
        jsep.put("trickle", false);
        return jsep;
    }
}
