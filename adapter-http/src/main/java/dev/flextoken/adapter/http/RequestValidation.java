package dev.flextoken.adapter.http;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Set;
import java.util.TreeSet;

/**
 * Bean Validation of the request records. The constraint messages name the field by its wire name and never
 * interpolate the value ({@code ParameterMessageInterpolator} only knows annotation attributes such as
 * {@code {max}}, and needs no expression language). String lengths are counted in code points
 * ({@link CodePointLength}), as DESIGN.md counts characters.
 */
final class RequestValidation implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;

    RequestValidation() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        factory = configuration
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintValidatorFactory(withOwnValidators(configuration.getDefaultConstraintValidatorFactory()))
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /**
     * @return {@code request}, when it satisfies its constraints
     * @throws ApiException 400 listing every violated constraint, in a stable order
     */
    <T> T check(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return request;
        }

        Set<String> messages = new TreeSet<>();
        violations.forEach(violation -> messages.add(violation.getMessage()));
        throw ApiException.invalidParameter(String.join("; ", messages));
    }

    /**
     * Hibernate Validator creates validators through their public constructor by reflection, which cannot
     * reach this package's package-private ones: they are created here, every other one as by default.
     */
    private static ConstraintValidatorFactory withOwnValidators(ConstraintValidatorFactory defaults) {
        return new ConstraintValidatorFactory() {
            @Override
            public <V extends ConstraintValidator<?, ?>> V getInstance(Class<V> type) {
                if (type == CodePointLengthValidator.class) {
                    return type.cast(new CodePointLengthValidator());
                }
                return defaults.getInstance(type);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
                defaults.releaseInstance(instance);
            }
        };
    }

    @Override
    public void close() {
        factory.close();
    }
}
