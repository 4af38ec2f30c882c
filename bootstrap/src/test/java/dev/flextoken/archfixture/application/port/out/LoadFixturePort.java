package dev.flextoken.archfixture.application.port.out;

import dev.flextoken.archfixture.domain.FixtureSid;
import java.util.Optional;

/** Follows every rule: an out-port named {@code *Port} in {@code port.out}. */
public interface LoadFixturePort {

    Optional<FixtureSid> load(FixtureSid sid);
}
