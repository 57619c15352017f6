package nl.voordeur.programme;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** An amount in euros as the programme table stores it (numeric(12, 2)): not negative, whole cents, below ten billion. */
@Documented
@DecimalMin("0")
@Digits(integer = 10, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Euros {

    String message() default "{programme.budget.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
