package vn.hopso.meeting.api.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date or instant a council could plan for: its year (in UTC for an instant) lies in {@code [min, max]}. Keeps typing
 * slips (year 20266) and hostile values (year one billion, which PostgreSQL cannot store) out of the database.
 */
@Documented
@Constraint(validatedBy = {YearRangeValidator.ForInstant.class, YearRangeValidator.ForDate.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface YearRange {

    int min() default 2000;

    int max() default 2100;

    String message() default "{vn.hopso.meeting.api.input.YearRange.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
