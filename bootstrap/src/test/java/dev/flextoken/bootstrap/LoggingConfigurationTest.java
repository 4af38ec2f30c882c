package dev.flextoken.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped logback.xml must load cleanly: a broken one makes logback fall back to its defaults, silently
 * for tests, loudly on every start of the jar.
 */
class LoggingConfigurationTest {

    @Test
    void logbackXmlWhenLoadedThenNoWarningsOrErrors() throws Exception {
        URL configuration = getClass().getClassLoader().getResource("logback.xml");
        assertThat(configuration).isNotNull();
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);

        configurator.doConfigure(configuration);

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(status -> status.getEffectiveLevel() >= Status.WARN);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel().toString()).isEqualTo("INFO");
    }
}
