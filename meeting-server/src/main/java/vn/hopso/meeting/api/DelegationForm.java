package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.hopso.meeting.api.input.Text;

public record DelegationForm(@NotBlank @Size(max = 120) @Text String name) {
}
