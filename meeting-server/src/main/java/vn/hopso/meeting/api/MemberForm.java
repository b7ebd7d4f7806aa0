package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Creates a person with an account and a role, or edits them; the password may be left out when editing. A password
 * set here must follow the password policy and is replaced by the person at their next login.
 */
public record MemberForm(
        @NotBlank @Size(max = 120) String fullName,
        @Nullable @Size(max = 200) String title,
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+") String username,
        @Nullable @Size(max = 200) String password,
        @NotNull Role role,
        @Nullable UUID delegationId) {
}
