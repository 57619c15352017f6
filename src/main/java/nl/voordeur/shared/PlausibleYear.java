package nl.voordeur.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A year within {@link PlausibleDates}' range (null passes: combine with {@code @NotNull} where required). */
@Documented
@Constraint(validatedBy = PlausibleYear.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleYear {

    String message() default "{error.year.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleYear, Integer> {
        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || PlausibleDates.contains(year);
        }
    }
}
