package dev.flextoken.application.port.out;

/**
 * A part of the service (key set, store) that can say whether it is ready to serve.
 */
public interface ReportReadinessPort {

    /** @return whether this part can serve now; never throws */
    boolean isReady();
}
