package dev.flextoken.archfixture.application.service;

/** Breaks "services implement in-ports": a service that no use case leads to. */
public final class OrphanService {

    public String describe() {
        return "orphan";
    }
}
