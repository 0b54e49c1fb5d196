package de.kommunale2030.plattform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * What Spring Modulith's verification does not express (style guide, habit 2).
 */
class ArchitectureRulesTests {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("de.kommunale2030.plattform");

    @Test
    void noJavaUtilLogging() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..").check(PLATFORM);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(PLATFORM);
    }

    @Test
    void configurationComesFromTypedPropertiesNotScatteredValueAnnotations() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Value.class).check(PLATFORM);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that()
            .resideOutsideOfPackage("de.kommunale2030.plattform.cli..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("output goes through the logger (stderr) or a command's own stream")
            .check(PLATFORM);
    }

    @Test
    void theAnonymiserIsAPlainJavaLibrary() {
        noClasses().that()
            .resideInAPackage("de.kommunale2030.plattform.anonymization..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("the anonymiser runs without a context (CLI, other hosts); the platform wraps it")
            .check(PLATFORM);
    }
}
