package dev.flextoken.application.service;

import dev.flextoken.application.port.in.CheckReadinessUseCase;
import dev.flextoken.application.port.out.ReportReadinessPort;

import java.util.List;

/**
 * Ready when every part reports ready.
 */
public final class ReadinessService implements CheckReadinessUseCase {

    private final List<ReportReadinessPort> parts;

    public ReadinessService(List<ReportReadinessPort> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public boolean isReady() {
        return parts.stream().allMatch(ReportReadinessPort::isReady);
    }
}
