package dev.flextoken.archfixture.adapter.crypto.jose4j;

import org.hibernate.validator.HibernateValidator;

/** Breaks "Bean Validation only in the HTTP adapter": Hibernate Validator in the crypto adapter. */
public final class HibernateValidatorInTheCrypto {

    public String provider() {
        return HibernateValidator.class.getName();
    }
}
