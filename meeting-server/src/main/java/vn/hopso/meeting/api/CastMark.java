package vn.hopso.meeting.api;

import java.util.UUID;

/** One mark of a vote on a ballot listing people: for {@code nomineeId}, one of the ballot's options. */
public record CastMark(UUID nomineeId, String mark) {
}
