package cn.gov.hunan.sanpin.application.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service and the common platform use Vert.x, Netty and Quarkus REST through their public API only: internal
 * classes change without notice between versions (Vert.x 5 removed the ones {@code RequestBodyStream} once cast to),
 * so an upgrade would break uploads at run time instead of at compile time.
 */
class FrameworkInternalsTests {

    private static final JavaClasses OURS = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.hunan.sanpin");

    @Test
    void noClassOfOursUsesFrameworkInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.vertx..impl..", "io.vertx.core.internal..", "io.netty..",
                        "org.jboss.resteasy.reactive.server.core..")
                .because("internal classes are not an API: they change between versions without notice")
                .check(OURS);
    }
}
