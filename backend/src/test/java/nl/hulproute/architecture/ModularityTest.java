package nl.hulproute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.hulproute.HulprouteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules keep to their declared dependencies, and Spring Statemachine stays inside the lifecycle module. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(HulprouteApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAlongDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void onlyTheLifecycleModuleKnowsSpringStatemachine() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.hulproute");
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.hulproute.lifecycle..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.statemachine..")
                .because("the lifecycle engine is contained so it can be replaced (docs/adr/0002)")
                .check(classes);
    }

    @Test
    void inTheLifecycleModuleOnlyTheStateMachineAdapterKnowsSpringStatemachine() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.hulproute.lifecycle");
        noClasses()
                .that()
                .haveNameNotMatching("nl\\.hulproute\\.lifecycle\\.CaseStateMachine(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.statemachine..")
                .check(classes);
    }
}
