package vn.hopso.meeting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record DelegationForm(@NotBlank @Size(max = 120) String name) {
}
