package dev.flextoken.archfixture.application.port.in;

/** Breaks "out-ports live in port.out" and "port.in interfaces are use cases": a {@code *Port} among in-ports. */
public interface MisplacedSealPort {

    String seal(String claims);
}
