package vn.hopso.meeting.security;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.Fixtures;
import vn.hopso.meeting.support.Fixtures.TestUser;

/**
 * The cast of the permission tests: council A with one user for every role, council B with a secretariat, a chair
 * and a site operator (whose ids are forged into A's calls), and a system administrator who belongs to neither.
 * Each user is logged in once, on first use.
 */
final class TwoCouncils {

    final Organisation a;
    final Organisation b;
    final Map<Role, TestUser> ofA = new EnumMap<>(Role.class);
    final TestUser secretariatOfB;
    final TestUser chairOfB;
    final TestUser operatorOfB;
    final TestUser systemAdmin;

    private final int port;
    private final Map<String, ApiClient> clients = new HashMap<>();

    TwoCouncils(Fixtures fixtures, int port) {
        this.port = port;
        this.a = fixtures.council("HĐND tỉnh An Phú");
        this.b = fixtures.council("HĐND tỉnh Bình Sơn");
        for (Role role : Role.values()) {
            ofA.put(role, fixtures.member(a, role));
        }
        this.secretariatOfB = fixtures.member(b, Role.SECRETARIAT);
        this.chairOfB = fixtures.member(b, Role.CHAIR);
        this.operatorOfB = fixtures.member(b, Role.SITE_OPERATOR);
        this.systemAdmin = fixtures.systemAdmin(fixtures.council("Văn phòng Trung ương"));
    }

    ApiClient as(Role roleInA) {
        return as(ofA.get(roleInA));
    }

    ApiClient as(TestUser user) {
        return clients.computeIfAbsent(user.username(),
                username -> ApiClient.loggedIn(port, username, Fixtures.PASSWORD));
    }

    ApiClient anonymous() {
        return new ApiClient(port);
    }

    SecretariatDesk deskOfA() {
        return new SecretariatDesk(as(Role.SECRETARIAT), a.id());
    }

    SecretariatDesk deskOfB() {
        return new SecretariatDesk(as(secretariatOfB), b.id());
    }
}
