package vn.hopso.meeting.api.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@link YearRange} for the two kinds of time the API takes. */
final class YearRangeValidator {

    private YearRangeValidator() {
    }

    public static final class ForInstant implements ConstraintValidator<YearRange, Instant> {
        private YearRange range;

        @Override
        public void initialize(YearRange range) {
            this.range = range;
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            // Compared as instants: the years an Instant reaches (±1,000,000,000) overflow OffsetDateTime.
            return value == null || (!value.isBefore(startOf(range.min())) && value.isBefore(startOf(range.max() + 1)));
        }
    }

    public static final class ForDate implements ConstraintValidator<YearRange, LocalDate> {
        private YearRange range;

        @Override
        public void initialize(YearRange range) {
            this.range = range;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || within(range, value.getYear());
        }
    }

    private static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean within(YearRange range, int year) {
        return year >= range.min() && year <= range.max();
    }
}
