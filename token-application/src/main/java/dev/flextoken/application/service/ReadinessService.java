package dev.flextoken.application.service;

import dev.flextoken.application.port.in.CheckReadinessUseCase;
import dev.flextoken.application.port.out.ReportReadinessPort;

import java.util.List;

/**
 * Ready when every part reports ready. A part that throws counts as not ready, so that a readiness probe
 * gets its answer rather than an error.
 */
public final class ReadinessService implements CheckReadinessUseCase {

    private final List<ReportReadinessPort> parts;

    /** @param parts the parts to ask, none null; with none, the service is ready */
    public ReadinessService(List<ReportReadinessPort> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public boolean isReady() {
        return parts.stream().allMatch(ReadinessService::reportsReady);
    }

    private static boolean reportsReady(ReportReadinessPort part) {
        try {
            return part.isReady();
        } catch (RuntimeException broken) {
            // The port promises never to throw; one that does is broken, and a broken part is not ready.
            return false;
        }
    }
}
