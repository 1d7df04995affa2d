package org.crmir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.crmir.client.Client;
import org.crmir.client.ClientService;
import org.crmir.shared.web.CrmExceptionHandler;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/ARCHITECTURE.md ("Layers and feature packages"), checked on the compiled classes.
 *
 * <p>It lives in crm-web because only this module has all three code modules on its test classpath, and the modules
 * share package names ({@code org.crmir.identity} is in each of them): a class's layer is told by the module it was
 * loaded from, so each module is imported on its own, from its own classes only (never its tests). Within a reactor
 * build that reaches {@code package} ({@code ./mvnw verify}, {@code install}) these are this build's jars; a bare
 * {@code ./mvnw test} reads crm-ejb from the local repository instead.
 */
class ArchitectureTest {

    private static final Location DOMAIN_MODULE = moduleOf(Client.class);
    private static final Location SERVICES_MODULE = moduleOf(ClientService.class);
    private static final Location WEB_MODULE = moduleOf(CrmExceptionHandler.class);

    private static final JavaClasses DOMAIN = new ClassFileImporter().importLocations(Set.of(DOMAIN_MODULE));
    private static final JavaClasses SERVICES = new ClassFileImporter().importLocations(Set.of(SERVICES_MODULE));
    private static final JavaClasses WEB = new ClassFileImporter().importLocations(Set.of(WEB_MODULE));
    private static final JavaClasses ALL = new ClassFileImporter()
            .importLocations(Set.of(DOMAIN_MODULE, SERVICES_MODULE, WEB_MODULE));

    @Test
    void featurePackagesOfTheDomainNeverImportEachOtherInACircle() {
        featurePackagesAreFreeOfCycles().check(DOMAIN);
    }

    @Test
    void featurePackagesOfTheServicesNeverImportEachOtherInACircle() {
        featurePackagesAreFreeOfCycles().check(SERVICES);
    }

    @Test
    void featurePackagesOfTheWebModuleNeverImportEachOtherInACircle() {
        featurePackagesAreFreeOfCycles().check(WEB);
    }

    @Test
    void domainImportsNeitherServicesNorWebCode() {
        noClasses().should().dependOnClassesThat(areIn(SERVICES, "are services (crm-ejb classes)")
                        .or(areIn(WEB, "are web code (crm-web classes)")))
                .because("the domain is the bottom layer: services use it, never the other way round")
                .check(DOMAIN);
    }

    @Test
    void servicesImportNoWebCode() {
        noClasses().should().dependOnClassesThat(areIn(WEB, "are web code (crm-web classes)"))
                .because("views and REST resources call services; a service that needs the web side gets it"
                        + " through a CDI event or an interface it owns (PushRelay → PushBridge)")
                .check(SERVICES);
    }

    @Test
    void sharedImportsNoFeature() {
        noClasses().that().resideInAPackage("org.crmir.shared..")
                .should().dependOnClassesThat(areInAFeaturePackageOtherThanShared())
                .because("every feature may use shared, so shared using a feature closes a circle")
                .check(ALL);
    }

    @Test
    void documentImportsNoneOfTheDocumentsItServes() {
        noClasses().that().resideInAPackage("org.crmir.document..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.crmir.quote..", "org.crmir.invoice..", "org.crmir.contract..")
                .because("quote, invoice and contract build on document; document knows none of them")
                .allowEmptyShould(true)
                .check(ALL);
    }

    @Test
    void onlyTheOneProducerDeclaresAPersistenceContext() {
        noFields().that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(
                        "org.crmir.shared.PersistenceContexts")
                .should().beAnnotatedWith(PersistenceContext.class)
                .because("beans @Inject the entity manager from PersistenceContexts, whose injection point carries"
                        + " the properties that spare WildFly a copy of the factory's properties on every call")
                .check(SERVICES);
    }

    private static ArchRule featurePackagesAreFreeOfCycles() {
        return slices().matching("org.crmir.(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .because("a feature package imports only packages that do not import it back (docs/ARCHITECTURE.md)");
    }

    private static DescribedPredicate<JavaClass> areIn(JavaClasses module, String description) {
        Set<String> names = module.stream().map(JavaClass::getName).collect(Collectors.toSet());
        return DescribedPredicate.describe(description, javaClass -> names.contains(javaClass.getName()));
    }

    private static DescribedPredicate<JavaClass> areInAFeaturePackageOtherThanShared() {
        return DescribedPredicate.describe("are in a feature package (org.crmir.<feature>, not shared)",
                javaClass -> javaClass.getPackageName().startsWith("org.crmir.")
                        && !javaClass.getPackageName().startsWith("org.crmir.shared"));
    }

    /** Where the main classes of {@code member}'s module are: its target/classes, or its jar. */
    static Location moduleOf(Class<?> member) {
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!location.toString().endsWith(".jar")) {
                return Location.of(location);
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return Location.of(jar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
