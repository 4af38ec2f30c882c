package dev.flextoken.application.service;

import dev.flextoken.application.port.out.ReportReadinessPort;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessServiceTest {

    private static final ReportReadinessPort READY = () -> true;
    private static final ReportReadinessPort NOT_READY = () -> false;
    private static final ReportReadinessPort BROKEN = () -> {
        throw new IllegalStateException("the key file vanished");
    };

    @Test
    void isReadyWhenEveryPartIsReadyThenTrue() {
        assertThat(new ReadinessService(List.of(READY, READY)).isReady()).isTrue();
    }

    @Test
    void isReadyWhenOnePartIsNotReadyThenFalse() {
        assertThat(new ReadinessService(List.of(READY, NOT_READY)).isReady()).isFalse();
        assertThat(new ReadinessService(List.of(NOT_READY, READY)).isReady()).isFalse();
    }

    @Test
    void isReadyWhenAPartThrowsThenFalseInsteadOfThrowing() {
        assertThat(new ReadinessService(List.of(READY, BROKEN)).isReady()).isFalse();
    }

    @Test
    void isReadyWhenThereAreNoPartsThenTrue() {
        assertThat(new ReadinessService(List.of()).isReady()).isTrue();
    }

    @Test
    void isReadyWhenAPartChangesThenFollowsItsCurrentAnswer() {
        AtomicBoolean keysLoaded = new AtomicBoolean(false);
        ReadinessService service = new ReadinessService(List.of(READY, keysLoaded::get));

        assertThat(service.isReady()).isFalse();
        keysLoaded.set(true);
        assertThat(service.isReady()).isTrue();
    }

    @Test
    void isReadyWhenTheGivenListChangesLaterThenKeepsItsOwnParts() {
        List<ReportReadinessPort> parts = new ArrayList<>(List.of(READY));
        ReadinessService service = new ReadinessService(parts);

        parts.add(NOT_READY);

        assertThat(service.isReady()).isTrue();
    }
}
