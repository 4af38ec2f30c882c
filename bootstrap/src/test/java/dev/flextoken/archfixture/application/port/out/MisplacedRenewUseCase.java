package dev.flextoken.archfixture.application.port.out;

/** Breaks "in-ports live in port.in" and "port.out interfaces are ports": a {@code *UseCase} among out-ports. */
public interface MisplacedRenewUseCase {

    void renew(String tokenId);
}
