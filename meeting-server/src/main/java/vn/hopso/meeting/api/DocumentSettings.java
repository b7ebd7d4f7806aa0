package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;
import vn.hopso.meeting.api.input.YearRange;

/**
 * What the secretariat sets on a document: its title, kind and place, who may read it, from when, and whether copies
 * may be downloaded and printed.
 *
 * @param readerIds the accounts of a confidential document's readers (members of the council); empty otherwise
 * @param releaseAt readers see the document from this moment; none means at once
 */
public record DocumentSettings(
        @NotBlank @Size(max = 300) @Text String title,
        @NotNull DocumentKind kind,
        @Min(1) @Max(1000) int position,
        @NotNull DocumentAccessClass access,
        @NotNull @Size(max = 1000, message = "{vn.hopso.meeting.api.input.List.size}") List<@NotNull UUID> readerIds,
        @Nullable @YearRange Instant releaseAt,
        boolean downloadAllowed,
        boolean printAllowed) {
}
