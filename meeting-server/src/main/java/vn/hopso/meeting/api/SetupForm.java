package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first system administrator of a deployment, created with the one-time token the server printed at start. */
public record SetupForm(
        @NotBlank @Size(max = 200) String token,
        @NotBlank @Size(max = 120) String fullName,
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+") String username,
        @NotBlank @Size(max = 200) String password) {
}
