package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A new sitting, or an edit of one: then {@code version} is the version the edit was made from. */
public record SittingForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable @Size(max = 200) String place,
        boolean closed,
        @Nullable Long version) {
}
