package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.hopso.meeting.api.input.Text;

/** A person changes their own password: the current one proves it is them. */
public record PasswordChange(
        @NotBlank @Size(max = 200) @Text(trim = false) String currentPassword,
        @NotBlank @Size(max = 200) @Text(trim = false) String newPassword) {
}
