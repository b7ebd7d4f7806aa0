package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record SiteForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String level,
        @Nullable UUID parentId,
        @NotNull SiteKind kind,
        @Nullable UUID operatorMembershipId) {
}
