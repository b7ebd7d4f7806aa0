package vn.hopso.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.hopso.meeting.api.AgendaItemForm;
import vn.hopso.meeting.api.LoginRequest;
import vn.hopso.meeting.api.SessionForm;
import vn.hopso.meeting.api.SittingForm;

/** The JSON reading rules of {@link StrictJsonConfiguration}, on the mapper Spring MVC is given. */
class StrictJsonTest {

    private static final String ITEM = """
            {"title": "Tờ trình", "description": null, "presenter": null, "estimatedMinutes": 20, "closed": false}""";

    private final JsonMapper json = strictMapper();

    static JsonMapper strictMapper() {
        StrictJsonConfiguration configuration = new StrictJsonConfiguration();
        JsonFactoryBuilder factory = JsonFactory.builder();
        configuration.jsonLimits().customize(factory);
        JsonMapper.Builder mapper = JsonMapper.builder(factory.build());
        configuration.strictJson().customize(mapper);
        return mapper.build();
    }

    @Test
    void wellFormedFormsAreRead() {
        assertThat(json.readValue(ITEM, AgendaItemForm.class))
                .isEqualTo(new AgendaItemForm("Tờ trình", null, null, 20, false, null));
        assertThat(json.readValue("{\"title\": \"Phiên\", \"closed\": true, \"startsAt\": \"2026-12-08T01:00:00Z\"}",
                SittingForm.class).closed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"title\": \"Một\", \"title\": \"Hai\", \"closed\": false}",
        "{\"title\": \"Tờ trình\", \"closed\": \"true\"}",
        "{\"title\": \"Tờ trình\", \"closed\": 1}",
        "{\"title\": \"Tờ trình\", \"closed\": null}",
        "{\"title\": \"Tờ trình\"}",
        "{\"closed\": false, \"title\": \"Tờ trình\", \"estimatedMinutes\": 5.5}",
        "{\"closed\": false, \"title\": \"Tờ trình\", \"estimatedMinutes\": 5.0}",
        "{\"closed\": false, \"title\": \"Tờ trình\", \"estimatedMinutes\": \"5\"}",
        "{\"closed\": false, \"title\": \"Tờ trình\", \"estimatedMinutes\": \"\"}",
        "{\"closed\": false, \"title\": \"Tờ trình\", \"estimatedMinutes\": true}",
        "{\"closed\": false, \"title\": \"Tờ trình\", \"estimatedMinutes\": 99999999999999999999}",
        "{\"closed\": false, \"title\": 12}",
        "{\"closed\": false, \"title\": true}",
        "{\"closed\": false, \"title\": [\"Tờ trình\"]}",
        "{\"closed\": false, \"title\": {}}",
        "{\"closed\": false, \"title\": \"Tờ trình\", \"owner\": 3}",
        "{\"closed\": false, \"title\": \"Tờ trình\"} {}",
        "[{\"title\": \"Tờ trình\"}]",
        "\"Tờ trình\""})
    void lenientReadingsAreRefused(String body) {
        assertThatThrownBy(() -> json.readValue(body, AgendaItemForm.class)).isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1700000000", "1.5", "[2026, 12, 8, 1, 0]", "\"\"", "\"2026-12-08T08:00:00\"", "\"ngày mai\""})
    void instantsAreReadOnlyFromIsoStrings(String startsAt) {
        assertThatThrownBy(() -> json.readValue("{\"title\": \"Phiên\", \"closed\": false, \"startsAt\": " + startsAt + "}",
                SittingForm.class))
                .isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20000", "[2026, 12, 8]", "\"\"", "\"2026-02-30\"", "\"08/12/2026\""})
    void datesAreReadOnlyFromIsoStrings(String startsOn) {
        String body = "{\"name\": \"Kỳ họp\", \"startsOn\": " + startsOn + ", \"endsOn\": \"2026-12-10\"}";
        assertThatThrownBy(() -> json.readValue(body, SessionForm.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void isoInstantsWithAnOffsetAndDatesAreRead() {
        SittingForm sitting = json.readValue(
                "{\"title\": \"Phiên\", \"startsAt\": \"2026-12-08T08:00:00+07:00\", \"closed\": false}", SittingForm.class);
        assertThat(sitting.startsAt()).isEqualTo(Instant.parse("2026-12-08T01:00:00Z"));
        SessionForm session = json.readValue("{\"name\": \"Kỳ họp\", \"startsOn\": \"2026-12-08\", \"endsOn\": \"2026-12-10\"}",
                SessionForm.class);
        assertThat(session.startsOn()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void textIsNormalisedAsItsFieldSays() {
        String body = "{\"title\": \"\\u3000 Tờ trình ngân sách\\u00a0\", \"description\": \"Dòng 1\\r\\nDòng 2\\n\","
                + " \"presenter\": \"\\u200b\\u00a0\", \"closed\": false}";
        AgendaItemForm form = json.readValue(body, AgendaItemForm.class);

        assertThat(form.title()).isEqualTo("Tờ trình ngân sách");
        assertThat(form.description()).isEqualTo("Dòng 1\nDòng 2");
        assertThat(form.presenter()).isNull();
    }

    @Test
    void passwordsKeepTheirSpacesButAreNfc() {
        LoginRequest login = json.readValue("{\"username\": \" thuky \", \"password\": \" me\\u0323t khau \"}",
                LoginRequest.class);
        assertThat(login.username()).isEqualTo("thuky");
        assertThat(login.password()).isEqualTo(" mẹt khau ");
    }

    @Test
    void deeplyNestedOrHugeDocumentsAreRefusedBeforeBinding() {
        String deep = "{\"title\": " + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThatThrownBy(() -> json.readValue(deep, AgendaItemForm.class)).isInstanceOf(JacksonException.class);
        String huge = "{\"title\": \"" + "x".repeat((int) StrictJsonConfiguration.MAX_DOCUMENT_BYTES) + "\"}";
        assertThatThrownBy(() -> json.readValue(huge, AgendaItemForm.class)).isInstanceOf(JacksonException.class);
    }
}
