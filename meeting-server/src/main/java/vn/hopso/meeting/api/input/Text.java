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
 * Text typed by a person. When the JSON is read it is normalised ({@link TextRules#normalise}: NFC, line ends as
 * {@code \n}, whitespace around it removed, blank read as absent); then this constraint refuses line breaks (unless
 * {@link #multiline}), control characters, unpaired surrogates and non-characters. Combine it with {@code @NotBlank}
 * for a required field and with {@code @Size} for its length: every text field of a form has all it needs.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

    /** Allows line breaks and tabs, for descriptions. */
    boolean multiline() default false;

    /**
     * Whether the whitespace around the text is removed (and blank text read as absent). Off for passwords, where every
     * character counts; a password made only of whitespace is still refused.
     */
    boolean trim() default true;

    String message() default "{vn.hopso.meeting.api.input.Text.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
