package vn.hopso.meeting.media;

import java.util.UUID;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.meeting.api.SpeakerEntry;

/**
 * Who a socket is in a sitting's video: an elected delegate ({@code delegate-<membership>}), a site by its operator
 * ({@code site-<site>}), or anyone else by their account ({@code account-<account>}). A speaker in the queue is named the
 * same way, so the floor finds the participant to unmute.
 *
 * @param chair whether they preside (stay live while nobody else holds the floor)
 */
record MediaIdentity(ParticipantId participant, String name, boolean chair) {

    static ParticipantId delegate(UUID membershipId) {
        return new ParticipantId("delegate-" + membershipId);
    }

    static ParticipantId site(UUID siteId) {
        return new ParticipantId("site-" + siteId);
    }

    static ParticipantId account(UUID accountId) {
        return new ParticipantId("account-" + accountId);
    }

    /** The participant a request to speak gives the floor to. */
    static ParticipantId of(SpeakerEntry speaker) {
        return speaker.membershipId() != null ? delegate(speaker.membershipId())
                : site(java.util.Objects.requireNonNull(speaker.siteId(), "a speaker is a delegate or a site"));
    }
}
