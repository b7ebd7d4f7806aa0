package vn.hopso.meeting.api;

import java.util.UUID;

/** A person on a ballot: a candidate, or an office holder rated or voted on. */
public record BallotNominee(UUID id, String name) {
}
