package vn.hopso.meeting.api.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link Text} field with {@link TextRules}; each problem has its own Vietnamese message. */
public final class TextValidator implements ConstraintValidator<Text, String> {

    private boolean multiline;

    @Override
    public void initialize(Text text) {
        multiline = text.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return TextRules.problem(value, multiline).map(problem -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{vn.hopso.meeting.api.input.Text." + problem.name() + "}")
                    .addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
