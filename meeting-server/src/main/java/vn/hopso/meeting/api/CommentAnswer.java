package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;

/**
 * The secretariat's answer to a comment: answered, accepted (tiếp thu) or explained (giải trình), replacing any
 * earlier answer.
 *
 * @param state {@code ANSWERED}, {@code ACCEPTED} or {@code EXPLAINED}
 * @param answer the reply: required to answer or explain, optional to accept
 * @param version the comment's version the answer was made from
 */
public record CommentAnswer(
        @NotNull CommentState state,
        @Nullable @Size(max = 4000) @Text(multiline = true) String answer,
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) Long version) {
}
