package vn.hopso.meeting.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.hopso.meeting.api.Role;

/**
 * Who may receive an event or read a record: anyone admitted by at least one of the audiences. The same value decides
 * live fan-out, replay after a reconnect and REST reads. Viewers must also be allowed to view the sitting at all; this
 * narrows, never widens, that.
 */
public record Recipients(Set<Audience> audiences) {

    public Recipients {
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("an event must have at least one audience");
        }
        audiences = Set.copyOf(audiences);
    }

    public static Recipients of(Audience... audiences) {
        return new Recipients(new LinkedHashSet<>(List.of(audiences)));
    }

    /** Everyone who may view the sitting. */
    public static Recipients everyone() {
        return atLeast(Clearance.PUBLIC);
    }

    /** Council members entitled to closed items, and staff. */
    public static Recipients members() {
        return atLeast(Clearance.MEMBER);
    }

    /** Those who prepare and run the sitting. */
    public static Recipients staff() {
        return atLeast(Clearance.STAFF);
    }

    public static Recipients atLeast(Clearance clearance) {
        return of(new Audience.AtLeast(clearance));
    }

    public static Recipients exactly(Collection<Clearance> clearances) {
        return new Recipients(new LinkedHashSet<>(clearances.stream().map(Audience.Exactly::new).toList()));
    }

    public static Recipients account(UUID accountId) {
        return of(new Audience.Account(accountId));
    }

    /** These accounts, each of them (those entitled to vote on a ballot); at least one. */
    public static Recipients accounts(Collection<UUID> accountIds) {
        return new Recipients(new LinkedHashSet<>(accountIds.stream().map(Audience.Account::new).toList()));
    }

    public static Recipients holders(Role role) {
        return of(new Audience.Holders(role));
    }

    /** The requester and whoever else this names: say {@code account(requester).and(holders(CHAIR))}. */
    public Recipients and(Recipients others) {
        Set<Audience> union = new LinkedHashSet<>(audiences);
        union.addAll(others.audiences);
        return new Recipients(union);
    }

    /** Asked once per event and subscriber, ten thousand times an event in a large hall: a plain loop, no stream. */
    public boolean admits(Viewer viewer) {
        for (Audience audience : audiences) {
            if (audience.admits(viewer)) {
                return true;
            }
        }
        return false;
    }

    /** A compact, stable text form, kept in the event log and on the bus. */
    public String encode() {
        List<String> parts = new ArrayList<>();
        for (Audience audience : audiences) {
            parts.add(switch (audience) {
                case Audience.AtLeast a -> "min:" + a.clearance();
                case Audience.Exactly e -> "only:" + e.clearance();
                case Audience.Account a -> "account:" + a.accountId();
                case Audience.Holders h -> "role:" + h.role();
            });
        }
        parts.sort(null);
        return String.join(",", parts);
    }

    /** @throws IllegalArgumentException for anything {@link #encode()} does not write */
    public static Recipients decode(String text) {
        Set<Audience> audiences = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("not a recipient: " + part);
            }
            String value = part.substring(colon + 1);
            audiences.add(switch (part.substring(0, colon)) {
                case "min" -> new Audience.AtLeast(Clearance.valueOf(value));
                case "only" -> new Audience.Exactly(Clearance.valueOf(value));
                case "account" -> new Audience.Account(UUID.fromString(value));
                case "role" -> new Audience.Holders(Role.valueOf(value));
                default -> throw new IllegalArgumentException("not a recipient: " + part);
            });
        }
        return new Recipients(audiences);
    }
}
