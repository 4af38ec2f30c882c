package dev.flextoken.adapter.http;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string, unless null, has from {@link #min} to {@link #max} Unicode code points: the characters
 * DESIGN.md §3.2 counts, as the store does. {@code @Size} counts UTF-16 units, so a character outside the
 * Basic Multilingual Plane (an emoji) would count twice.
 *
 * <p>Checked by {@link CodePointLengthValidator}, which {@link RequestValidation} provides.
 */
@Documented
@Constraint(validatedBy = CodePointLengthValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface CodePointLength {

    /** What the caller reads; may name {@code {min}} and {@code {max}}, never the value. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int min() default 0;

    int max() default Integer.MAX_VALUE;
}
