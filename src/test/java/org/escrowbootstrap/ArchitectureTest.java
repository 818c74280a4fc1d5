package org.escrowbootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package dependencies of DESIGN.md section 2 true: data flows one way, Swing stays in {@code ui}. */
class ArchitectureTest {

    private static final String BASE = "org.escrowbootstrap";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void model_dependsOnNothingOfOurs_andNoSwing() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        BASE + ".config..",
                        BASE + ".ui..",
                        BASE + ".system..",
                        BASE + ".workflow..",
                        BASE + ".cli..",
                        "javax.swing..",
                        "java.awt..",
                        "com.google.gson..",
                        "java.io..",
                        "java.nio.file..",
                        "java.net..")
                .check(classes);
    }

    @Test
    void config_seesOnlyTheModel() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        BASE + ".ui..",
                        BASE + ".system..",
                        BASE + ".workflow..",
                        BASE + ".cli..",
                        "javax.swing..",
                        "java.awt..")
                .check(classes);
    }

    @Test
    void ui_seesOnlyTheModel() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BASE + ".config..", BASE + ".system..", BASE + ".workflow..", BASE + ".cli..")
                .check(classes);
    }

    @Test
    void system_seesOnlyTheModel_andNoSwing() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        BASE + ".config..",
                        BASE + ".ui..",
                        BASE + ".workflow..",
                        BASE + ".cli..",
                        "javax.swing..",
                        "java.awt..")
                .check(classes);
    }

    @Test
    void realSystem_neverReachesIntoTheSimulation() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".system")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".system.sim..")
                .check(classes);
    }

    @Test
    void workflow_neverTouchesSwingOrTheCli() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BASE + ".ui..", BASE + ".cli..", "javax.swing..", "java.awt..")
                .check(classes);
    }

    @Test
    void onlyTheDialogMode_followsACommandFile() {
        // A file any local user may write must never reach the escrow's screens, its password prompt above all.
        noClasses()
                .that()
                .doNotHaveSimpleName("DialogMode")
                .and()
                .doNotHaveSimpleName("CommandFileState")
                .and()
                .doNotHaveSimpleName("CommandFileFollower")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("CommandFileFollower")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(BASE + ".workflow..", BASE + ".system..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("CommandFileSyntax")
                .check(classes);
    }

    @Test
    void packages_haveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching(BASE + ".(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
