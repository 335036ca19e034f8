package nl.hulproute.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a person could mean in this domain (1900–2199): anything else is a typo, and would not fit the database
 * either. Null is valid; combine with {@code @NotNull} where a date is required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
public @interface PlausibleDate {

    String message() default "not a plausible date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {
        private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
        private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
        }
    }
}
