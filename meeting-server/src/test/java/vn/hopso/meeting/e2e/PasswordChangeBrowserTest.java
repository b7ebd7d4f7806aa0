package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * Scenario g: the secretariat resets a delegate's forgotten password; at the next login the delegate sees only the
 * change-password screen, chooses a password of their own and lands on their screen, where the header keeps a way back
 * to "Đổi mật khẩu".
 */
class PasswordChangeBrowserTest extends BrowserScenario {

    @Test
    void aDelegateWhosePasswordWasResetChoosesANewOneBeforeAnythingElse() {
        Organisation council = fixtures().council("HĐND tỉnh Quảng Trị");
        TestUser secretary = fixtures().member(council, Role.SECRETARIAT, "Lê Thị Thư");
        TestUser delegate = fixtures().member(council, Role.DELEGATE, "Trần Văn Quên");
        String temporary = "Mật khẩu tạm thời 0912";
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("fullName", "Trần Văn Quên");
        form.put("username", delegate.username());
        form.put("password", temporary);
        form.put("role", "DELEGATE");
        form.put("version", fixtures().memberVersion(delegate.membershipId()));
        ApiClient.Response reset = api(secretary).put("/api/members/" + delegate.membershipId(), form);
        assertThat(reset.status()).as(reset.raw()).isEqualTo(200);

        Browser browser = browser("delegate");
        browser.logIn(delegate.username(), temporary);
        assertThat(browser.text("password-required")).startsWith("Mật khẩu của bạn do người khác đặt.");
        assertThat(browser.has("change-password-open")).isFalse();
        browser.screenshot("g-01-password-change-required");

        browser.type("field-currentPassword", temporary);
        browser.type("field-newPassword", "Password2026!");
        browser.type("field-repeated", "Password2026!");
        browser.click("password-submit");
        browser.until("the server's refusal is shown", driver -> browser.find("change-password").getText()
                .contains("Mật khẩu này quá phổ biến"));
        browser.screenshot("g-02-common-password-refused");

        browser.type("field-newPassword", "Cây đa bến nước sân đình");
        browser.type("field-repeated", "Cây đa bến nước sân đình");
        browser.click("password-submit");
        browser.find("change-password-open");
        browser.until("the delegate's own screen", driver -> driver.getCurrentUrl().endsWith("#/delegate")
                && !browser.has("change-password"));
        browser.screenshot("g-03-delegate-screen-after-change");

        browser.click("change-password-open");
        assertThat(browser.find("change-password").getText()).contains("Mật khẩu hiện tại");
    }
}
