package dev.flextoken.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.flextoken.archfixture.adapter.cache.UnlistedCacheAdapter;
import dev.flextoken.archfixture.adapter.crypto.jose4j.ConsoleWarningKeys;
import dev.flextoken.archfixture.adapter.crypto.jose4j.CryptoReachingIntoHttp;
import dev.flextoken.archfixture.adapter.crypto.jose4j.HibernateValidatorInTheCrypto;
import dev.flextoken.archfixture.adapter.crypto.jose4j.JettyInTheCrypto;
import dev.flextoken.archfixture.adapter.crypto.jose4j.PrometheusInTheCrypto;
import dev.flextoken.archfixture.adapter.http.ConsolePrintingHandler;
import dev.flextoken.archfixture.adapter.http.DataSourceInTheHttp;
import dev.flextoken.archfixture.adapter.http.HttpReachingIntoBootstrap;
import dev.flextoken.archfixture.adapter.http.StackTracePrintingHandler;
import dev.flextoken.archfixture.adapter.persistence.inmemory.InMemoryReachingIntoPostgres;
import dev.flextoken.archfixture.adapter.persistence.inmemory.JavalinInTheStore;
import dev.flextoken.archfixture.adapter.persistence.inmemory.JdbcInTheStore;
import dev.flextoken.archfixture.adapter.persistence.inmemory.JoseInTheStore;
import dev.flextoken.archfixture.adapter.persistence.inmemory.MicrometerInTheStore;
import dev.flextoken.archfixture.application.MillisClockReader;
import dev.flextoken.archfixture.application.RandomMaker;
import dev.flextoken.archfixture.application.SecureRandomMaker;
import dev.flextoken.archfixture.application.StrongRandomLookup;
import dev.flextoken.archfixture.application.SystemUtcClock;
import dev.flextoken.archfixture.application.ZoneClockReader;
import dev.flextoken.archfixture.application.port.in.MisplacedSealPort;
import dev.flextoken.archfixture.application.port.out.MisplacedRenewUseCase;
import dev.flextoken.archfixture.application.service.AdapterAwareService;
import dev.flextoken.archfixture.application.service.OrphanService;
import dev.flextoken.archfixture.application.service.BootstrapAwareSettings;
import dev.flextoken.archfixture.bootstrap.ValidatingBootstrap;
import dev.flextoken.archfixture.domain.DomainReachingIntoAdapter;
import dev.flextoken.archfixture.domain.DomainReachingIntoApplication;
import dev.flextoken.archfixture.domain.JsonWritingSid;
import dev.flextoken.archfixture.domain.MathRandomJitter;
import dev.flextoken.archfixture.domain.SystemClockDomain;
import dev.flextoken.archfixture.domain.ThreadLocalJitter;
import dev.flextoken.archfixture.domain.UuidMintingSid;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every architecture rule able to fail: each one runs against the miniature hexagon in
 * {@code dev.flextoken.archfixture} and must report exactly the fixture classes written to break it, and none of
 * the {@code Fixture*} classes that follow every rule. Each forbidden library package, call or target has a breaker
 * class of its own, so that a rule that forgets any one of them fails here.
 */
class ArchitectureRulesFixtureTest {

    private static final String FIXTURE_ROOT = "dev.flextoken.archfixture";

    // Imported without an ImportOption, so that these test classes are seen (the real check leaves them out).
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE_ROOT);

    /** A rule factory and the fixture classes that must be, together, all of its violations. */
    private record BrokenRule(Function<String, ArchRule> factory, List<Class<?>> breakers) {

        ArchRule rule() {
            return factory.apply(FIXTURE_ROOT);
        }
    }

    private static BrokenRule broken(Function<String, ArchRule> factory, Class<?>... breakers) {
        return new BrokenRule(factory, List.of(breakers));
    }

    private static List<BrokenRule> everyRuleWithItsBreakers() {
        return List.of(
                broken(ArchitectureRules::domainDependsOnlyOnJdk,
                        JsonWritingSid.class, DomainReachingIntoApplication.class, DomainReachingIntoAdapter.class),
                broken(ArchitectureRules::applicationDependsOnlyOnDomainAndJdk,
                        AdapterAwareService.class, BootstrapAwareSettings.class),
                broken(ArchitectureRules::adaptersDoNotDependOnEachOther,
                        CryptoReachingIntoHttp.class, InMemoryReachingIntoPostgres.class),
                broken(ArchitectureRules::adaptersAreKnown,
                        UnlistedCacheAdapter.class),
                broken(ArchitectureRules::domainAndApplicationDoNotDependOnAdaptersOrBootstrap,
                        DomainReachingIntoAdapter.class, AdapterAwareService.class, BootstrapAwareSettings.class),
                broken(ArchitectureRules::adaptersDoNotDependOnBootstrap,
                        HttpReachingIntoBootstrap.class),
                broken(ArchitectureRules::javalinAndJettyOnlyInHttpAdapter,
                        JettyInTheCrypto.class, JavalinInTheStore.class),
                broken(ArchitectureRules::jacksonOnlyInJsonAdapters,
                        JsonWritingSid.class),
                broken(ArchitectureRules::jose4jOnlyInCryptoAdapter,
                        JoseInTheStore.class),
                broken(ArchitectureRules::jdbcOnlyInPostgresAdapter,
                        JdbcInTheStore.class, DataSourceInTheHttp.class),
                broken(ArchitectureRules::beanValidationOnlyInHttpAdapter,
                        HibernateValidatorInTheCrypto.class, ValidatingBootstrap.class),
                broken(ArchitectureRules::micrometerOnlyInHttpAdapterAndBootstrap,
                        MicrometerInTheStore.class, PrometheusInTheCrypto.class),
                broken(ArchitectureRules::inPortsLiveInPortIn,
                        MisplacedRenewUseCase.class),
                broken(ArchitectureRules::portInInterfacesAreUseCases,
                        MisplacedSealPort.class),
                broken(ArchitectureRules::outPortsLiveInPortOut,
                        MisplacedSealPort.class),
                broken(ArchitectureRules::portOutInterfacesArePorts,
                        MisplacedRenewUseCase.class),
                broken(ArchitectureRules::servicesImplementInPorts,
                        OrphanService.class),
                broken(ArchitectureRules::servicesDoNotDependOnAdapters,
                        AdapterAwareService.class, BootstrapAwareSettings.class),
                broken(ArchitectureRules::domainAndApplicationDoNotReadTheSystemClock,
                        SystemClockDomain.class, ZoneClockReader.class, MillisClockReader.class,
                        SystemUtcClock.class),
                broken(ArchitectureRules::domainAndApplicationDoNotMakeTheirOwnRandomness,
                        SecureRandomMaker.class, RandomMaker.class, StrongRandomLookup.class, UuidMintingSid.class,
                        MathRandomJitter.class, ThreadLocalJitter.class),
                broken(ArchitectureRules::mainCodeDoesNotPrintStackTraces,
                        StackTracePrintingHandler.class),
                broken(ArchitectureRules::onlyBootstrapWritesToStandardStreams,
                        ConsolePrintingHandler.class, ConsoleWarningKeys.class));
    }

    static Stream<Named<BrokenRule>> brokenRules() {
        return everyRuleWithItsBreakers().stream()
                .map(broken -> Named.of(broken.rule().getDescription(), broken));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void evaluateWhenFixturesBreakTheRuleThenReportsExactlyTheBreakingClasses(BrokenRule broken) {
        EvaluationResult result = broken.rule().evaluate(FIXTURES);

        String[] expected = broken.breakers().stream().map(Class::getName).toArray(String[]::new);
        assertThat(result.hasViolation()).isTrue();
        assertThat(Violations.originClassesOf(result)).containsExactlyInAnyOrder(expected);
        assertThat(result.getFailureReport().toString()).contains(expected);
    }

    @Test
    void allWhenComparedWithTheFixtureCasesThenEveryRuleIsProvenAbleToFail() {
        Stream<String> rules = ArchitectureRules.all(FIXTURE_ROOT).stream().map(ArchRule::getDescription);

        String[] provenAbleToFail = everyRuleWithItsBreakers().stream()
                .map(broken -> broken.rule().getDescription())
                .toArray(String[]::new);
        assertThat(rules).containsExactlyInAnyOrder(provenAbleToFail);
    }

    @Test
    void packagesThatMustHoldClassesWhenFixtureHexagonThenEveryOneHoldsClasses() {
        List<String> empty = ArchitectureRules.packagesThatMustHoldClasses(FIXTURE_ROOT).stream()
                .filter(name -> FIXTURES.stream().map(JavaClass::getPackageName)
                        .noneMatch(held -> held.equals(name) || held.startsWith(name + ".")))
                .toList();

        assertThat(empty).isEmpty();
    }
}
