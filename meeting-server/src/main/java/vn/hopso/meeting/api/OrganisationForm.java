package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;

/**
 * A new organisation, or an edit of one: then {@code version} is the version the edit was made from. The quorum share
 * may be left out (two thirds for a new one, unchanged on an edit); given, both parts are.
 */
public record OrganisationForm(
        @NotBlank @Size(max = 200) @Text String name,
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 40) @Text String level,
        @Nullable UUID parentId,
        @Nullable @Min(0) @Max(Integer.MAX_VALUE) Long version,
        @Nullable @Min(1) @Max(100) Integer quorumNumerator,
        @Nullable @Min(1) @Max(100) Integer quorumDenominator) {
}
