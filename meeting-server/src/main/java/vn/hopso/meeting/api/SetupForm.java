package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hopso.meeting.api.input.Text;

/** The first system administrator of a deployment, created with the one-time token the server printed at start. */
public record SetupForm(
        @NotBlank @Size(max = 200) @Text String token,
        @NotBlank @Size(max = 120) @Text String fullName,
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+") @Text String username,
        @NotBlank @Size(max = 200) @Text(trim = false) String password) {
}
