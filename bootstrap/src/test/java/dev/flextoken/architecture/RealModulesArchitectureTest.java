package dev.flextoken.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every architecture rule against the main classes of all modules on bootstrap's class path, and that
 * the packages the rules select from are really there.
 */
class RealModulesArchitectureTest {

    private static final String ROOT = "dev.flextoken";

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Stream<Named<ArchRule>> everyRule() {
        return ArchitectureRules.all(ROOT).stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    static Stream<String> packagesTheRulesSelectFrom() {
        return ArchitectureRules.packagesThatMustHoldClasses(ROOT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRule")
    void checkWhenMainClassesOfEveryModuleThenRuleHolds(ArchRule rule) {
        rule.check(MAIN_CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packagesTheRulesSelectFrom")
    void importWhenPackageIsNamedByTheRulesThenItHoldsMainClasses(String packageName) {
        JavaClasses inPackage = MAIN_CLASSES.that(resideInAPackage(packageName + ".."));

        assertThat(inPackage).as("main classes in %s", packageName).isNotEmpty();
    }

    @Test
    void importWhenMainClassesOnlyThenNoFixtureOrTestClassIsSeen() {
        Stream<String> names = MAIN_CLASSES.stream().map(JavaClass::getName);

        assertThat(names)
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("dev.flextoken.archfixture.")
                        || name.startsWith("dev.flextoken.architecture."));
    }
}
