package dev.flextoken.archfixture.bootstrap;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Breaks "Bean Validation only in the HTTP adapter": bootstrap building a validator itself. */
public final class ValidatingBootstrap {

    public Validator validator() {
        return Validation.buildDefaultValidatorFactory().getValidator();
    }
}
