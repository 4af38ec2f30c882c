package dev.flextoken.adapter.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Set;
import java.util.TreeSet;

/**
 * Bean Validation of the request records. The constraint messages name the field by its wire name and never
 * interpolate the value ({@code ParameterMessageInterpolator} only knows annotation attributes such as
 * {@code {max}}, and needs no expression language).
 */
final class RequestValidation implements AutoCloseable {

    private final ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private final Validator validator = factory.getValidator();

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

    @Override
    public void close() {
        factory.close();
    }
}
