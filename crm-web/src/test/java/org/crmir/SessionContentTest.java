package org.crmir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.crmir.client.Client;
import org.crmir.client.ClientService;
import org.crmir.shared.web.CrmExceptionHandler;
import org.junit.jupiter.api.Test;

/**
 * What a view or a session keeps must be serializable: sessions are distributable, and on a cluster WildFly carries
 * them to the other node at the end of each request (docs/ARCHITECTURE.md, "Cluster"). On one server nothing is
 * marshalled, so only these rules (and the cluster test) find a page whose state cannot travel.
 */
class SessionContentTest {

    private static final DescribedPredicate<JavaClass> RECORDS = DescribedPredicate.describe("records",
            c -> c.getRawSuperclass().map(s -> s.getName().equals(Record.class.getName())).orElse(false));

    @Test
    void entitiesAndPublicRecordsOfTheDomainAndServicesAreSerializable() {
        classes().that().areAnnotatedWith(Entity.class)
                .or().areAnnotatedWith(Embeddable.class)
                .or().areAnnotatedWith(MappedSuperclass.class)
                .or(RECORDS.and(DescribedPredicate.describe("public",
                        c -> c.getModifiers().contains(JavaModifier.PUBLIC))))
                .should(beSerializable())
                .because("pages keep them in view-scoped beans, which a cluster carries to another node")
                .check(new ClassFileImporter().importLocations(Set.of(ArchitectureTest.moduleOf(Client.class),
                        ArchitectureTest.moduleOf(ClientService.class))));
    }

    @Test
    void viewAndSessionScopedBeansKeepOnlySerializableState() {
        fields().that().areDeclaredInClassesThat(DescribedPredicate.describe("view- or session-scoped",
                        c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)))
                .and().areNotStatic()
                .and().doNotHaveModifier(JavaModifier.TRANSIENT)
                .and(DescribedPredicate.not(CanBeAnnotated.Predicates.annotatedWith(Inject.class)))
                .and(DescribedPredicate.not(CanBeAnnotated.Predicates.annotatedWith(EJB.class)))
                .should(haveASerializableType())
                .check(new ClassFileImporter().importLocations(
                        Set.of(ArchitectureTest.moduleOf(CrmExceptionHandler.class))));
    }

    // Read through reflection: the imported classes hold only CRMir's, not the JDK's interfaces.
    private static ArchCondition<JavaClass> beSerializable() {
        return new ArchCondition<>("be serializable") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                events.add(new SimpleConditionEvent(javaClass, Serializable.class.isAssignableFrom(javaClass.reflect()),
                        javaClass.getName() + " is not Serializable"));
            }
        };
    }

    /** Primitives, serializable classes, and the collection interfaces (their elements are checked above). */
    private static ArchCondition<JavaField> haveASerializableType() {
        return new ArchCondition<>("have a serializable type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                Class<?> type = field.getRawType().reflect();
                boolean ok = type.isPrimitive() || Serializable.class.isAssignableFrom(type)
                        || type.isInterface() && (Collection.class.isAssignableFrom(type) || type == Map.class);
                events.add(new SimpleConditionEvent(field, ok, field.getFullName() + " is a " + type.getName()));
            }
        };
    }
}
