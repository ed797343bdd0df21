package org.zhijian;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, executable. Each top-level package under {@code org.zhijian} is a
 * module; its {@code domain} package is what others may use, everything else (its {@code web}
 * package first) is its own. Spring Modulith refuses cycles and reaches into another module's
 * internals; the rules below add what it cannot see.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ZhijianApplication.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhijian");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersDomain() {
        MODULES.verify();
    }

    @Test
    void aRepositoryIsUsedOnlyInsideItsModule() {
        classes().should(useOnlyTheirOwnModulesRepositories())
                .because("another module's records are read and changed only through that module's services")
                .check(CLASSES);
    }

    static ArchCondition<JavaClass> useOnlyTheirOwnModulesRepositories() {
        return new ArchCondition<>("use only their own module's repositories") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isAssignableTo(Repository.class) && !moduleOf(target).equals(moduleOf(type))
                            && target.getPackageName().startsWith("org.zhijian.")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static String moduleOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void theDomainNeverDependsOnTheWeb() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat(resideInAPackage("..web..").and(not(resideInAPackage("org.zhijian.system.."))))
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
