package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * A secretary whose laptop is set up in English (Chromium started with {@code --lang=en-US}, whose own date inputs
 * read mm/dd/yyyy and a 12-hour clock) still types and reads a sitting's date day first and its time on the 24-hour
 * clock, in Vietnam time, in the app's Vietnamese and in its English alike.
 */
class EnglishBrowserDatesBrowserTest extends BrowserScenario {

    private static final String SITTING = "Phiên thảo luận tại hội trường";

    @Test
    void aSittingFormInAnEnglishBrowserShowsAndTakesDayFirstDatesAndTheTwentyFourHourClock() {
        Organisation council = fixtures().council("HĐND tỉnh Khánh Hòa");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Đặng Thị Thu");
        String session = desk(secretary).session(council, "Kỳ họp thứ mười ba");
        // The 3rd of next April: read month first it would be the 4th of March.
        LocalDate day = LocalDate.now(CouncilDesk.VIETNAM).plusYears(1).withMonth(4).withDayOfMonth(3);
        String typedDay = "03/04/" + day.getYear();

        Browser console = browser("secretariat-en-US", "en-US");
        console.open("#/login");
        assertThat(console.script("return navigator.language;")).isEqualTo("en-US");
        console.logIn(secretary.username(), Fixtures.PASSWORD);
        console.click("open-session-" + session);

        WebElement form = console.find("sitting-form");
        WebElement startDate = console.find(form, "field-startDate");
        assertThat(startDate.getDomProperty("type")).as("no browser date picker, which follows the browser's locale")
                .isEqualTo("text");
        assertThat(startDate.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        console.type(console.find(form, "field-title"), SITTING);
        console.type(startDate, "0304" + day.getYear());
        console.type(console.find(form, "field-startTime"), "1430");
        console.type(console.find(form, "field-endTime"), "16:45");
        assertThat(startDate.getDomProperty("value")).as("the slashes go in while typing").isEqualTo(typedDay);
        assertThat(console.find(form, "field-startTime").getDomProperty("value")).isEqualTo("14:30");
        console.screenshot("dates-01-sitting-form-typed-in-en-US-browser", form);
        console.find(form, "form-submit").click();

        WebElement row = console.until("the new sitting is listed", driver -> driver.findElements(By.xpath(
                "//table[@data-testid='sitting-list']//tr[td[contains(., '" + SITTING + "')]]")).stream()
                .findFirst().orElse(null));
        assertThat(row.getText()).contains(typedDay, "14:30");
        JsonNode saved = savedSitting(secretary, session);
        assertThat(saved.get("startsAt").asString()).as("14:30 in Vietnam (UTC+7)").isEqualTo(day + "T07:30:00Z");
        assertThat(saved.get("endsAt").asString()).isEqualTo(day + "T09:45:00Z");

        row.findElement(By.cssSelector("button[aria-label='Sửa " + SITTING + "']")).click();
        console.until("the sitting is open in the form", driver -> typedDay.equals(
                console.find(console.find("sitting-form"), "field-startDate").getDomProperty("value")));
        WebElement editor = console.find("sitting-form");
        assertThat(console.find(editor, "field-startTime").getDomProperty("value")).isEqualTo("14:30");
        assertThat(console.find(editor, "field-endDate").getDomProperty("value")).as("same day as the start").isEmpty();
        assertThat(console.find(editor, "field-endTime").getDomProperty("value")).isEqualTo("16:45");

        console.click("language-switch");
        console.until("the form speaks English", driver -> console.find("sitting-form").getText().contains("Day/month/year"));
        editor = console.find("sitting-form");
        assertThat(console.find(editor, "field-startDate").getDomProperty("value")).isEqualTo(typedDay);
        assertThat(editor.getText()).contains("Hours:minutes on the 24-hour clock");
        console.type(console.find(editor, "field-startDate"), "04/31/" + day.getYear());
        console.until("a month-first date is refused", driver -> console.find("sitting-form").getText()
                .contains("Not a date: type it as day/month/year."));
        console.screenshot("dates-02-sitting-form-in-english-refuses-month-first", console.find("sitting-form"));
    }

    private JsonNode savedSitting(TestUser secretary, String session) {
        JsonNode sittings = api(secretary).get("/api/sessions/" + session + "/sittings").body();
        return StreamSupport.stream(sittings.spliterator(), false)
                .filter(sitting -> SITTING.equals(sitting.get("title").asString()))
                .findFirst().orElseThrow();
    }
}
