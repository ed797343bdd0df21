package org.zhijian.system.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * District scoping is decided in one place, {@link AccessGuard}, and the rules below keep it
 * there: the web never decides, and every query a controller can reach through a service asks
 * the guard on the way, or says with {@link Unscoped} why every user may read it.
 */
class ScopingRulesTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhijian");

    @Test
    void theWebNeverDecidesWhatAUserMaySee() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().belongToAnyOf(AccessScope.class, AccessGuard.class)
                .orShould().callMethod(CurrentUser.class, "scope")
                .orShould().callMethod(ZhijianUserDetails.class, "scope")
                .because("services ask the AccessGuard; a controller only passes on the district the user asked for")
                .check(CLASSES);
    }

    @Test
    void everyQueryAControllerReachesIsScoped() {
        assertThat(unscopedQueriesReachableFromTheWeb(CLASSES))
                .as("public domain methods called from a web class that reach a query without asking the "
                        + "AccessGuard: call the guard, or mark the method @Unscoped(\"why everyone may read it\")")
                .isEmpty();
    }

    /**
     * Public methods of {@code ..domain..} classes, called (or referenced) from a {@code ..web..} class,
     * that reach a query (a Spring Data repository, JDBC, the entity manager) but never the guard.
     * A method asks the guard when it, a method of its own class it calls, or a method of another
     * class it calls (say {@code enterprises.get(id)} before listing that enterprise's licences)
     * asks the {@link AccessGuard} which records the user may see; the role matrix alone
     * ({@code require}) is no answer to that. Methods marked {@link Unscoped} neither need it nor
     * count as a query.
     */
    static Set<String> unscopedQueriesReachableFromTheWeb(JavaClasses classes) {
        Set<String> unscoped = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().contains(".domain")) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC) && !method.isAnnotatedWith(Unscoped.class)
                        && calledFromTheWeb(method) && reaches(method, ScopingRulesTests::isQuery)
                        && !reaches(method, ScopingRulesTests::isGuard)) {
                    unscoped.add(method.getFullName());
                }
            }
        }
        return unscoped;
    }

    private static boolean calledFromTheWeb(JavaMethod method) {
        return Stream.concat(method.getCallsOfSelf().stream(), method.getReferencesToSelf().stream())
                .anyMatch(access -> access.getOriginOwner().getPackageName().contains(".web"));
    }

    /**
     * Whether the method, or anything of Zhijian it calls, makes an access that matches. Stops at
     * the guard (it reads the audit trail's repository itself) and at {@link Unscoped} methods.
     */
    private static boolean reaches(JavaCodeUnit start, Predicate<JavaCodeUnitAccess<?>> target) {
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (JavaCodeUnitAccess<?> access : accessesFrom(unit)) {
                if (target.test(access)) {
                    return true;
                }
                Optional<? extends JavaCodeUnit> callee = ((AccessTarget.CodeUnitAccessTarget) access.getTarget())
                        .resolveMember();
                callee.filter(c -> c.getOwner().getName().startsWith("org.zhijian."))
                        .filter(c -> !c.getOwner().isEquivalentTo(AccessGuard.class))
                        .filter(c -> !c.isAnnotatedWith(Unscoped.class))
                        .ifPresent(todo::push);
            }
        }
        return false;
    }

    private static Set<JavaCodeUnitAccess<?>> accessesFrom(JavaCodeUnit unit) {
        Set<JavaCodeUnitAccess<?>> accesses = new HashSet<>(unit.getCallsFromSelf());
        accesses.addAll(unit.getCodeUnitReferencesFromSelf());
        return accesses;
    }

    /** A question to the guard about records; the role matrix alone ({@code require}, {@code may}) scopes nothing. */
    private static boolean isGuard(JavaAccess<?> access) {
        return access.getTargetOwner().isEquivalentTo(AccessGuard.class)
                && !Set.of("require", "may").contains(access.getName());
    }

    private static boolean isQuery(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        return owner.isAssignableTo(Repository.class) || owner.isAssignableTo(JdbcOperations.class)
                || owner.isAssignableTo(NamedParameterJdbcOperations.class) || owner.isAssignableTo(JdbcClient.class)
                || owner.isAssignableTo(EntityManager.class);
    }
}
