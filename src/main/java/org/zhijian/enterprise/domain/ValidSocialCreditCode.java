package org.zhijian.enterprise.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation for form and API fields holding a credit code: reports the
 * precise reason (length, character, check character) from {@link SocialCreditCode}.
 * Blank values are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidSocialCreditCode.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSocialCreditCode {

    String message() default "{creditCode.invalid.check}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSocialCreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                SocialCreditCode.parse(value);
                return true;
            } catch (InvalidSocialCreditCodeException e) {
                context.disableDefaultConstraintViolation();
                String template = switch (e.getReason()) {
                    case LENGTH -> "{creditCode.invalid.length}";
                    case CHARACTER -> "{creditCode.invalid.character}";
                    case CHECK_CHARACTER -> "{creditCode.invalid.check}";
                };
                context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
                        .addMessageParameter("position", e.getPosition())
                        .addMessageParameter("character", e.getCharacter() == null ? "" : e.getCharacter())
                        .buildConstraintViolationWithTemplate(template)
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
