package org.inkwell.legal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.inkwell.legal.internal.PrivilegedLetterRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * By construction (docs/architecture.md, invariant 9): the text of privileged legal mail is reached only through
 * {@link PrivilegedLetters}, which only the messaging module's lifecycle (serving the letter's two parties)
 * and the legal module itself use. No staff-facing module can even name it, nor the letters' repository.
 */
class PrivilegedLettersAreReachableOnlyByThePartiesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheService() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inkwell");
    }

    @Test
    void noStaffFacingModuleDependsOnTheLettersOrTheirRepository() {
        noClasses().that().resideInAnyPackage("org.inkwell.review..", "org.inkwell.investigations..",
                        "org.inkwell.delivery..", "org.inkwell.audit..", "org.inkwell.directory..",
                        "org.inkwell.screening..", "org.inkwell.contacts..", "org.inkwell.identity..",
                        "org.inkwell.wallet..", "org.inkwell.mail..", "org.inkwell.platform..")
                .should().dependOnClassesThat().areAssignableTo(PrivilegedLetters.class)
                .orShould().dependOnClassesThat().resideInAPackage("org.inkwell.legal.internal..")
                .check(classes);
    }

    @Test
    void withinMessagingOnlyTheLifecycleReadsLettersForTheirParties() {
        noClasses().that().resideInAPackage("org.inkwell.messaging..")
                .and().doNotHaveFullyQualifiedName("org.inkwell.messaging.Messages")
                .should().dependOnClassesThat().areAssignableTo(PrivilegedLetters.class)
                .check(classes);
    }

    @Test
    void noControllerReachesTheLettersRepositoryOrTheLettersDirectly() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().areAssignableTo(PrivilegedLetters.class)
                .orShould().dependOnClassesThat().areAssignableTo(PrivilegedLetterRepository.class)
                .check(classes);
    }

    @Test
    void onlyTheLettersAndTheSealedPrintPathUseTheLettersRepository() {
        noClasses().that().doNotHaveFullyQualifiedName(PrivilegedLetters.class.getName())
                .and().doNotHaveFullyQualifiedName(LegalPrintBatches.class.getName())
                .and().doNotHaveFullyQualifiedName(PrivilegedLetterRepository.class.getName())
                .and().resideOutsideOfPackage("org.inkwell.legal.internal..")
                .should().dependOnClassesThat().areAssignableTo(PrivilegedLetterRepository.class)
                .check(classes);
    }
}
