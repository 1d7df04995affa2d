package org.crmir.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real crmir.ear as the build made it, with the test classes added to its web module. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive crmirWith(Class<?>... testClasses) {
        return build(false, testClasses);
    }

    /**
     * As {@link #crmirWith}, for tests that run a faithful fake of a gateway's HTTP API (a JDK HTTP server in the
     * container): the web module also sees the JDK's {@code jdk.httpserver} module.
     */
    public static EnterpriseArchive crmirWithGatewayFakes(Class<?>... testClasses) {
        return build(true, testClasses);
    }

    /**
     * As {@link #crmirWith}, for tests that run jqwik properties in the container through the JUnit Platform
     * Launcher (which Arquillian's own runner brings): the web module also holds the jqwik engine.
     */
    public static EnterpriseArchive crmirWithJqwik(Class<?>... testClasses) {
        EnterpriseArchive ear = build(false, testClasses);
        WebArchive web = ear.getAsType(WebArchive.class, "crm-web.war");
        web.addAsLibrary(jarOf(net.jqwik.api.Arbitraries.class));
        web.addAsLibrary(jarOf(net.jqwik.engine.JqwikTestEngine.class));
        ear.delete("crm-web.war");
        ear.addAsModule(web);
        return ear;
    }

    private static EnterpriseArchive build(boolean httpServer, Class<?>... testClasses) {
        File built = new File(System.getProperty("crmir.ear", "target/crmir.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "crmir.ear").importFrom(built)
                .as(EnterpriseArchive.class);
        WebArchive web = ear.getAsType(WebArchive.class, "crm-web.war");
        web.addClasses(testClasses);
        web.addPackage(Deployments.class.getPackage());
        // The application guards every URL; Arquillian's test runner servlet must stay reachable.
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource("arquillian-runner-web-fragment.xml", "web-fragment.xml"));
        // A real SMTP server the in-container tests start and stop themselves.
        web.addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class));
        if (httpServer) {
            web.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: jdk.httpserver\n"));
        }
        ear.delete("crm-web.war");
        ear.addAsModule(web);
        return ear;
    }

    /** {@code ear} with the jars holding {@code types} added to its web module (libraries a test reads with). */
    public static EnterpriseArchive withLibrariesOf(EnterpriseArchive ear, Class<?>... types) {
        WebArchive web = ear.getAsType(WebArchive.class, "crm-web.war");
        for (Class<?> type : types) {
            web.addAsLibrary(jarOf(type));
        }
        ear.delete("crm-web.war");
        ear.addAsModule(web);
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real crmir.ear, unchanged, for tests that only talk to it over HTTP. */
    public static EnterpriseArchive crmir() {
        File built = new File(System.getProperty("crmir.ear", "target/crmir.ear"));
        return ShrinkWrap.create(ZipImporter.class, "crmir.ear").importFrom(built).as(EnterpriseArchive.class);
    }
}
