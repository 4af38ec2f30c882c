package dev.flextoken.application.port.in;

/**
 * Tells whether the service can do its work: keys loaded and store reachable.
 */
public interface CheckReadinessUseCase {

    /** @return whether every part the service needs is ready; never throws */
    boolean isReady();
}
