package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;
import vn.hopso.meeting.api.input.YearRange;

/**
 * Creates a person with an account and a role, or edits them; the password may be left out when editing. A password
 * set here must follow the password policy and is replaced by the person at their next login. An edit names the
 * {@code version} it was made from. A delegate's mandate runs from {@code mandateFrom} to {@code mandateUntil} (the
 * last day held; either end may be left open): attendance and quorum count the delegates holding one on the day.
 * {@code siteId}: the site of the organisation where the delegate attends (its operator may check them in).
 */
public record MemberForm(
        @NotBlank @Size(max = 120) @Text String fullName,
        @Nullable @Size(max = 200) @Text String title,
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+") @Text String username,
        @Nullable @Size(max = 200) @Text(trim = false) String password,
        @NotNull Role role,
        @Nullable UUID delegationId,
        @Nullable @Min(0) @Max(Integer.MAX_VALUE) Long version,
        @Nullable @YearRange LocalDate mandateFrom,
        @Nullable @YearRange LocalDate mandateUntil,
        @Nullable UUID siteId) {
}
