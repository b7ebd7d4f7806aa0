package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.hopso.meeting.api.input.Text;

public record LoginRequest(
        @NotBlank @Size(max = 60) @Text String username,
        @NotBlank @Size(max = 200) @Text(trim = false) String password) {
}
