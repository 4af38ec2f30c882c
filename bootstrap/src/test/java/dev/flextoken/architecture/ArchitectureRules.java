package dev.flextoken.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The module rules of DESIGN.md section 1, as ArchUnit rules.
 *
 * <p>Every factory takes the root package of the hexagon ({@code "dev.flextoken"} for the real modules) and names
 * the layers relative to it, so that the same rule runs against the real classes and against the miniature
 * hexagon under {@code dev.flextoken.archfixture}, whose classes break each rule on purpose. A rule that names a
 * package only to allow it (the future {@code adapter.persistence.postgres}) can still fail; a rule that selects
 * classes in a package relies on {@link #packagesThatMustHoldClasses(String)} being checked, so that it can never
 * pass merely because its package is empty or misspelt.
 *
 * <p>Rules are checked against main code only: tests may use whatever they need.
 */
public final class ArchitectureRules {

    /**
     * Adapter packages below {@code <root>.adapter}: each is one slice that must not depend on another.
     * A new adapter module must be added here, or {@link #adaptersAreKnown(String)} fails.
     */
    static final List<String> ADAPTERS =
            List.of("crypto.jose4j", "persistence.inmemory", "persistence.postgres", "http");

    private static final Set<String> SYSTEM_CLOCK_TYPES = Set.of(
            "java.time.Instant", "java.time.LocalDateTime", "java.time.LocalDate", "java.time.LocalTime",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime");

    private static final Set<String> RANDOM_TYPES =
            Set.of("java.util.Random", "java.security.SecureRandom", "java.util.SplittableRandom");

    private ArchitectureRules() {
    }

    /**
     * Every rule below, for one root package.
     *
     * @param root the hexagon's root package, never null
     * @return the rules in the order of DESIGN.md section 1, never empty
     */
    public static List<ArchRule> all(String root) {
        return List.of(
                domainDependsOnlyOnJdk(root),
                applicationDependsOnlyOnDomainAndJdk(root),
                adaptersDoNotDependOnEachOther(root),
                adaptersAreKnown(root),
                domainAndApplicationDoNotDependOnAdaptersOrBootstrap(root),
                adaptersDoNotDependOnBootstrap(root),
                javalinAndJettyOnlyInHttpAdapter(root),
                jacksonOnlyInJsonAdapters(root),
                jose4jOnlyInCryptoAdapter(root),
                jdbcOnlyInPostgresAdapter(root),
                beanValidationOnlyInHttpAdapter(root),
                micrometerOnlyInHttpAdapterAndBootstrap(root),
                inPortsLiveInPortIn(root),
                portInInterfacesAreUseCases(root),
                outPortsLiveInPortOut(root),
                portOutInterfacesArePorts(root),
                servicesImplementInPorts(root),
                servicesDoNotDependOnAdapters(root),
                domainAndApplicationDoNotReadTheSystemClock(root),
                domainAndApplicationDoNotMakeTheirOwnRandomness(root),
                mainCodeDoesNotPrintStackTraces(root),
                onlyBootstrapWritesToStandardStreams(root));
    }

    /**
     * Packages that the rules select classes from, each of which must hold at least one class of the real
     * modules: a rule about an empty package passes whatever the code does. The postgres adapter is not listed:
     * rules only ever allow it, so they fail whether or not it exists.
     *
     * @param root the hexagon's root package, never null
     * @return package names (not patterns), never empty
     */
    public static List<String> packagesThatMustHoldClasses(String root) {
        return List.of(
                domain(root),
                application(root),
                portIn(root),
                portOut(root),
                service(root),
                adapter(root, "crypto.jose4j"),
                adapter(root, "persistence.inmemory"),
                adapter(root, "http"),
                bootstrap(root));
    }

    /** The domain imports nothing outside the JDK ({@code java..}) and no other flex-token package. */
    public static ArchRule domainDependsOnlyOnJdk(String root) {
        return classes()
                .that().resideInAPackage(inside(domain(root)))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", inside(domain(root)))
                .because("the domain may depend on the JDK only (DESIGN.md section 1)");
    }

    /** The application imports only the domain and the JDK: no library, no adapter, no bootstrap. */
    public static ArchRule applicationDependsOnlyOnDomainAndJdk(String root) {
        return classes()
                .that().resideInAPackage(inside(application(root)))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", inside(domain(root)), inside(application(root)))
                .because("the application may depend on token-domain only (DESIGN.md section 1)");
    }

    /** No adapter imports another adapter: each one talks to the others only through the application's ports. */
    public static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return SlicesRuleDefinition.slices()
                .assignedFrom(new AdapterSlices(root))
                .should().notDependOnEachOther()
                .because("adapters meet only through the application's ports (DESIGN.md section 1)");
    }

    /**
     * Every class below {@code <root>.adapter} belongs to an adapter in {@link #ADAPTERS}; otherwise an unlisted
     * adapter would silently escape {@link #adaptersDoNotDependOnEachOther(String)}.
     */
    public static ArchRule adaptersAreKnown(String root) {
        String[] known = ADAPTERS.stream().map(name -> inside(adapter(root, name))).toArray(String[]::new);

        return classes()
                .that().resideInAPackage(inside(root + ".adapter"))
                .should().resideInAnyPackage(known)
                .because("the adapter-independence rule only sees the adapters it is told about");
    }

    /** Neither the domain nor the application knows any adapter or the bootstrap that wires them. */
    public static ArchRule domainAndApplicationDoNotDependOnAdaptersOrBootstrap(String root) {
        return noClasses()
                .that().resideInAnyPackage(inside(domain(root)), inside(application(root)))
                .should().dependOnClassesThat()
                .resideInAnyPackage(inside(root + ".adapter"), inside(bootstrap(root)))
                .because("dependencies point inwards, towards the domain (DESIGN.md section 1)");
    }

    /** Adapters never reach back into bootstrap: bootstrap wires them, not the other way round. */
    public static ArchRule adaptersDoNotDependOnBootstrap(String root) {
        return noClasses()
                .that().resideInAPackage(inside(root + ".adapter"))
                .should().dependOnClassesThat().resideInAPackage(inside(bootstrap(root)))
                .because("an adapter may depend on the application and its own libraries only (DESIGN.md section 1)");
    }

    /** Javalin and Jetty types appear only in adapter-http and in bootstrap. */
    public static ArchRule javalinAndJettyOnlyInHttpAdapter(String root) {
        return libraryOnlyIn(root, "Javalin and Jetty", new String[] {"io.javalin..", "org.eclipse.jetty.."},
                adapter(root, "http"), bootstrap(root));
    }

    /** Jackson types appear only in the crypto, in-memory persistence and HTTP adapters and in bootstrap. */
    public static ArchRule jacksonOnlyInJsonAdapters(String root) {
        return libraryOnlyIn(root, "Jackson", new String[] {"com.fasterxml.jackson.."},
                adapter(root, "crypto.jose4j"), adapter(root, "persistence.inmemory"), adapter(root, "http"),
                bootstrap(root));
    }

    /** jose4j types appear only in the crypto adapter. */
    public static ArchRule jose4jOnlyInCryptoAdapter(String root) {
        return libraryOnlyIn(root, "jose4j", new String[] {"org.jose4j.."}, adapter(root, "crypto.jose4j"));
    }

    /** JDBC types appear only in the (future) PostgreSQL adapter, so today nowhere. */
    public static ArchRule jdbcOnlyInPostgresAdapter(String root) {
        return libraryOnlyIn(root, "JDBC", new String[] {"java.sql..", "javax.sql.."},
                adapter(root, "persistence.postgres"));
    }

    /** Bean Validation (the API and Hibernate Validator) appears only in adapter-http. */
    public static ArchRule beanValidationOnlyInHttpAdapter(String root) {
        String[] beanValidation = {"jakarta.validation..", "org.hibernate.validator.."};

        return libraryOnlyIn(root, "Bean Validation", beanValidation, adapter(root, "http"));
    }

    /**
     * Micrometer and the Prometheus client below it appear only in adapter-http, which records and exposes the
     * metrics, and in bootstrap, which may hand it a registry: the use cases' outcomes reach the adapter anyway.
     */
    public static ArchRule micrometerOnlyInHttpAdapterAndBootstrap(String root) {
        return libraryOnlyIn(root, "Micrometer", new String[] {"io.micrometer..", "io.prometheus.."},
                adapter(root, "http"), bootstrap(root));
    }

    /** In-ports, interfaces named {@code *UseCase}, live in {@code application.port.in}. */
    public static ArchRule inPortsLiveInPortIn(String root) {
        return classes()
                .that().resideInAPackage(inside(root))
                .and().areInterfaces()
                .and().haveSimpleNameEndingWith("UseCase")
                .should().resideInAPackage(portIn(root))
                .because("in-ports live in their own package (DESIGN.md section 1)");
    }

    /** Every top-level interface in {@code application.port.in} is a {@code *UseCase}: one suffix per port kind. */
    public static ArchRule portInInterfacesAreUseCases(String root) {
        return classes()
                .that().resideInAPackage(portIn(root))
                .and().areInterfaces()
                .and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("UseCase")
                .because("an in-port is named after its use case (STYLE.md: one suffix policy for every port)");
    }

    /** Out-ports, interfaces named {@code *Port}, live in {@code application.port.out}. */
    public static ArchRule outPortsLiveInPortOut(String root) {
        return classes()
                .that().resideInAPackage(inside(root))
                .and().areInterfaces()
                .and().haveSimpleNameEndingWith("Port")
                .should().resideInAPackage(portOut(root))
                .because("out-ports live in their own package (DESIGN.md section 1)");
    }

    /** Every top-level interface in {@code application.port.out} is a {@code *Port}: one suffix per port kind. */
    public static ArchRule portOutInterfacesArePorts(String root) {
        return classes()
                .that().resideInAPackage(portOut(root))
                .and().areInterfaces()
                .and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Port")
                .because("an out-port is named after its ability (STYLE.md: one suffix policy for every port)");
    }

    /** Every {@code *Service} class in {@code application.service} implements at least one in-port. */
    public static ArchRule servicesImplementInPorts(String root) {
        DescribedPredicate<JavaClass> inPort = new DescribedPredicate<>("an in-port of " + portIn(root)) {
            @Override
            public boolean test(JavaClass type) {
                return type.isInterface() && type.getPackageName().equals(portIn(root))
                        && type.getSimpleName().endsWith("UseCase");
            }
        };

        return classes()
                .that().resideInAPackage(service(root))
                .and().haveSimpleNameEndingWith("Service")
                .and().areNotInterfaces()
                .should().beAssignableTo(inPort)
                .because("a service is the implementation of a use case (DESIGN.md section 1)");
    }

    /** Services never depend on adapters (nor on bootstrap): they see the world through out-ports only. */
    public static ArchRule servicesDoNotDependOnAdapters(String root) {
        return noClasses()
                .that().resideInAPackage(inside(service(root)))
                .should().dependOnClassesThat()
                .resideInAnyPackage(inside(root + ".adapter"), inside(bootstrap(root)))
                .because("services reach adapters only through out-ports (DESIGN.md section 1)");
    }

    /**
     * The domain and the application never read the system clock: no {@code now()} without a {@link Clock}
     * ({@code Instant.now()}, {@code LocalDateTime.now(zone)}, ...), no {@code System.currentTimeMillis()}, no
     * {@code Clock.systemUTC()}. {@code Instant.now(clock)} with an injected clock is the way.
     */
    public static ArchRule domainAndApplicationDoNotReadTheSystemClock(String root) {
        DescribedPredicate<JavaMethodCall> systemClock =
                new DescribedPredicate<>("the target reads the system clock") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        String owner = call.getTargetOwner().getName();
                        String name = call.getName();
                        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                        boolean nowWithoutClock = SYSTEM_CLOCK_TYPES.contains(owner) && name.equals("now")
                                && !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));

                        return nowWithoutClock
                                || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                                || owner.equals("java.time.Clock") && name.startsWith("system");
                    }
                };

        return noClasses()
                .that().resideInAnyPackage(inside(domain(root)), inside(application(root)))
                .should().callMethodWhere(systemClock)
                .because("time comes from an injected java.time.Clock, so that tests are deterministic");
    }

    /**
     * The domain and the application never make their own randomness: no {@code new SecureRandom()},
     * {@code new Random()}, {@code SecureRandom.getInstance*(..)}, {@code Math.random()},
     * {@code ThreadLocalRandom.current()} or {@code UUID.randomUUID()}.
     */
    public static ArchRule domainAndApplicationDoNotMakeTheirOwnRandomness(String root) {
        DescribedPredicate<JavaAccess<?>> ownRandomness =
                new DescribedPredicate<>("the target makes randomness of its own") {
                    @Override
                    public boolean test(JavaAccess<?> access) {
                        String owner = access.getTargetOwner().getName();
                        String name = access.getName();

                        return RANDOM_TYPES.contains(owner)
                                && (name.equals(JavaConstructor.CONSTRUCTOR_NAME) || name.startsWith("getInstance"))
                                || owner.equals("java.lang.Math") && name.equals("random")
                                || owner.equals("java.util.concurrent.ThreadLocalRandom") && name.equals("current")
                                || owner.equals("java.util.UUID") && name.equals("randomUUID");
                    }
                };

        return noClasses()
                .that().resideInAnyPackage(inside(domain(root)), inside(application(root)))
                .should().accessTargetWhere(ownRandomness)
                .because("randomness comes from an injected SecureRandom or an out-port, for deterministic tests");
    }

    /** Main code never calls {@code Throwable.printStackTrace}: failures go to SLF4J or to the caller. */
    public static ArchRule mainCodeDoesNotPrintStackTraces(String root) {
        DescribedPredicate<JavaMethodCall> printStackTrace =
                new DescribedPredicate<>("the target is Throwable.printStackTrace") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getName().equals("printStackTrace")
                                && call.getTargetOwner().isAssignableTo(Throwable.class);
                    }
                };

        return noClasses()
                .that().resideInAPackage(inside(root))
                .should().callMethodWhere(printStackTrace)
                .because("failures are logged through SLF4J, never dumped on a console (STYLE.md)");
    }

    /**
     * Only bootstrap, the command line, writes to {@code System.out} or {@code System.err}; everything else logs
     * through SLF4J.
     */
    public static ArchRule onlyBootstrapWritesToStandardStreams(String root) {
        return noClasses()
                .that().resideInAPackage(inside(root))
                .and().resideOutsideOfPackage(inside(bootstrap(root)))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("library and server code log through SLF4J (STYLE.md); only the command line prints");
    }

    private static ArchRule libraryOnlyIn(String root, String library, String[] libraryPackages,
            String... allowedPackages) {
        String[] allowed = Arrays.stream(allowedPackages).map(ArchitectureRules::inside)
                .toArray(String[]::new);

        return noClasses()
                .that().resideInAPackage(inside(root))
                .and().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
                .because(library + " belongs to the modules DESIGN.md section 1 names for it");
    }

    static String domain(String root) {
        return root + ".domain";
    }

    static String application(String root) {
        return root + ".application";
    }

    static String portIn(String root) {
        return root + ".application.port.in";
    }

    static String portOut(String root) {
        return root + ".application.port.out";
    }

    static String service(String root) {
        return root + ".application.service";
    }

    static String adapter(String root, String name) {
        return root + ".adapter." + name;
    }

    static String bootstrap(String root) {
        return root + ".bootstrap";
    }

    /** The ArchUnit pattern for a package and everything below it. */
    private static String inside(String packageName) {
        return packageName + "..";
    }

    /** Puts each class below {@code <root>.adapter.<name>} into the slice {@code <name>}; ignores all others. */
    private static final class AdapterSlices implements SliceAssignment {

        private final String root;

        AdapterSlices(String root) {
            this.root = root;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            Optional<String> owner = ADAPTERS.stream()
                    .filter(name -> isInside(type.getPackageName(), adapter(root, name)))
                    .findFirst();

            return owner.map(SliceIdentifier::of).orElseGet(SliceIdentifier::ignore);
        }

        @Override
        public String getDescription() {
            return "adapters " + ADAPTERS + " below " + root + ".adapter";
        }

        private static boolean isInside(String packageName, String parent) {
            return packageName.equals(parent) || packageName.startsWith(parent + ".");
        }
    }
}
