package vn.hopso.meeting.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of ARCHITECTURE.md, executable. This test lives in meeting-server because it is the one module
 * that has every other on its class path.
 */
@AnalyzeClasses(packages = "vn.hopso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
        "java.net.http..", "io.lettuce..", "org.postgresql..", "tools.jackson..", "com.fasterxml.jackson.databind.."};

    @ArchTest
    static final ArchRule domainCodeIsPlainJava = noClasses()
            .that().resideInAnyPackage("..domain..", "vn.hopso.meeting.access..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("rules are pure code: no Spring, JDBC, HTTP or JSON binding (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule domainCodeDoesNotReachIntoAdapters = noClasses()
            .that().resideInAnyPackage("..domain..", "vn.hopso.meeting.access..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.hopso.meeting.security..", "vn.hopso.meeting.web..",
                    "vn.hopso.meeting.eventlog..", "vn.hopso.meeting.bus..", "vn.hopso.meeting.realtime..")
            .because("adapters depend on the domain, never the reverse");

    @ArchTest
    static final ArchRule votingStandsAlone = noClasses()
            .that().resideInAPackage("vn.hopso.voting..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.hopso.meeting..", "vn.hopso.documents..", "vn.hopso.media..");

    @ArchTest
    static final ArchRule documentRoomStandsAlone = noClasses()
            .that().resideInAPackage("vn.hopso.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.hopso.meeting..", "vn.hopso.voting..", "vn.hopso.media..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule mediaBridgeStandsAlone = noClasses()
            .that().resideInAPackage("vn.hopso.media..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.hopso.meeting..", "vn.hopso.voting..", "vn.hopso.documents..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule protocolDoesNotDependOnServerInternals = noClasses()
            .that().resideInAPackage("vn.hopso.meeting.realtime.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "vn.hopso.meeting.security..",
                    "vn.hopso.meeting.eventlog..", "vn.hopso.meeting.sitting..", "jakarta.servlet..")
            .because("the protocol is the published contract the web client is generated from");
}
