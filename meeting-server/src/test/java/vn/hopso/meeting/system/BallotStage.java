package vn.hopso.meeting.system;

import static vn.hopso.meeting.system.LiveSocket.connected;

import java.util.List;
import java.util.function.Function;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.WsClient;

/**
 * Where a ballot test starts: a council's sitting in progress on one published item, its secretariat and chair
 * logged in, and its delegates, the first {@code present} of them checked in.
 */
record BallotStage(Organisation council, ApiClient secretariat, ApiClient chair, String sitting, String item,
        BallotDesk desk, List<TestUser> delegates, Function<TestUser, ApiClient> login) {

    static BallotStage started(Fixtures fixtures, Function<TestUser, ApiClient> login, String councilName,
            String itemTitle, List<String> delegateNames, int present) {
        Organisation council = fixtures.council(councilName);
        ApiClient secretariat = login.apply(fixtures.member(council, Role.SECRETARIAT));
        SittingScenario scenario = new SittingScenario(secretariat);
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String item = scenario.publishedItem(sitting, itemTitle);
        ApiClient chair = login.apply(fixtures.member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        List<TestUser> delegates = delegateNames.stream()
                .map(name -> fixtures.member(council, Role.DELEGATE, name)).toList();
        for (TestUser delegate : delegates.subList(0, present)) {
            try (WsClient laptop = connected(login.apply(delegate))) {
                LiveSocket.accepted(laptop, "{\"type\":\"attendance.check_in\",\"ref\":\"in\",\"sittingId\":\""
                        + sitting + "\"}", "in");
            }
        }
        return new BallotStage(council, secretariat, chair, sitting, item, new BallotDesk(sitting), delegates, login);
    }

    /**
     * A motion prepared on the item and opened by the chair; the delegates vote in order as given ({@code null}: that
     * delegate presses nothing), each from a laptop of their own; then the chair closes it.
     */
    String closedMotion(String title, boolean secret, String... choices) {
        try (WsClient console = connected(chair)) {
            String ballot = desk.prepare(console, secretariat, item, "MOTION", title, secret);
            BallotDesk.send(console, desk.step("ballot.open", "open", ballot), "open");
            for (int i = 0; i < choices.length; i++) {
                if (choices[i] != null) {
                    try (WsClient laptop = connected(login.apply(delegates.get(i)))) {
                        BallotDesk.send(laptop, desk.cast("cast", ballot, choices[i]), "cast");
                    }
                }
            }
            BallotDesk.send(console, desk.step("ballot.close", "close", ballot), "close");
            return ballot;
        }
    }

    /** Three delegates, all checked in. */
    static BallotStage started(Fixtures fixtures, Function<TestUser, ApiClient> login, String councilName,
            String itemTitle) {
        return started(fixtures, login, councilName, itemTitle,
                List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"), 3);
    }
}
