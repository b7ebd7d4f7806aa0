package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.ApiClient;

/** How the document room's tests check a refusal: its status, its code and a message for the person. */
final class Refusals {

    private Refusals() {
    }

    static void refused(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.body().get("code").asString()).as(response.raw()).isEqualTo(code);
        assertThat(response.body().get("message").asString()).isNotBlank();
    }

    /** Refused with 400 for one field of the form, with that field's own code. */
    static void fieldRefused(ApiClient.Response response, String field, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        JsonNode refused = response.body().get("fields").get(0);
        assertThat(refused.get("field").asString()).isEqualTo(field);
        assertThat(refused.get("code").asString()).isEqualTo(code);
        assertThat(refused.get("message").asString()).isNotBlank();
    }
}
