package dev.flextoken.architecture;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Reads an ArchUnit evaluation back as the set of classes that broke the rule. */
final class Violations {

    private Violations() {
    }

    /**
     * The fully qualified names of the classes whose code caused a violation: the origin of a bad dependency or
     * access, or the class itself when the rule is about the class (its package, its name, its supertypes).
     *
     * @param result an evaluation, never null
     * @return the names, sorted; empty when the rule holds
     * @throws IllegalStateException for a kind of violation this helper does not know, rather than ignoring it
     */
    static Set<String> originClassesOf(EvaluationResult result) {
        Set<String> origins = new TreeSet<>();

        result.handleViolations((Collection<Object> violating, String message) -> {
            for (Object object : violating) {
                origins.addAll(originClassesOf(object));
            }
        });
        return origins;
    }

    private static Set<String> originClassesOf(Object violating) {
        if (violating instanceof JavaClass type) {
            return Set.of(type.getName());
        }
        if (violating instanceof Dependency dependency) {
            return Set.of(dependency.getOriginClass().getName());
        }
        if (violating instanceof JavaAccess<?> access) {
            return Set.of(access.getOriginOwner().getName());
        }
        if (violating instanceof JavaMember member) {
            return Set.of(member.getOwner().getName());
        }
        // A slice rule reports one dependency between two slices, standing for every class dependency behind it.
        if (violating instanceof Convertible convertible) {
            Set<String> origins = new TreeSet<>();
            for (Dependency dependency : convertible.convertTo(Dependency.class)) {
                origins.add(dependency.getOriginClass().getName());
            }
            return origins;
        }
        throw new IllegalStateException("unknown kind of violation: " + violating.getClass().getName());
    }
}
