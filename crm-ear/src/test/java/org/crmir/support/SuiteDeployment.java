package org.crmir.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test runs against (arquillian.xml names this class to the suite
 * extension): the real crmir.ear as the build made it, with every test class and the libraries the in-container
 * tests use added to its web module. One deployment instead of one per test class saves about twelve seconds a
 * class.
 */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        File built = new File(System.getProperty("crmir.ear", "target/crmir.ear"));
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "crmir.ear").importFrom(built)
                .as(EnterpriseArchive.class);
        WebArchive web = ear.getAsType(WebArchive.class, "crm-web.war");
        Path classes = pathOf(SuiteDeployment.class);
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .forEach(file -> web.addAsResource(file.toFile(), classes.relativize(file).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The application guards every URL; Arquillian's test runner servlet must stay reachable.
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource("arquillian-runner-web-fragment.xml", "web-fragment.xml"));
        // Faithful fakes of the gateways' HTTP APIs, and webhook receivers, are JDK HTTP servers in the container.
        web.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: jdk.httpserver\n"));
        // SalesFiguresIT's stand-in for the analytics page, with that test's scope.
        web.addAsWebResource("it-pages/it-analytics-activity.xhtml", "it-analytics-activity.xhtml");
        // A real SMTP server (GreenMail); jqwik properties run in the container (MoneyFiguresPropertyIT); PDFs and
        // workbooks are read there (PDFBox, Apache POI).
        for (Class<?> type : new Class<?>[] {com.icegreen.greenmail.util.GreenMail.class,
                net.jqwik.api.Arbitraries.class, net.jqwik.engine.JqwikTestEngine.class,
                org.apache.pdfbox.Loader.class, org.apache.pdfbox.io.RandomAccessRead.class,
                org.apache.fontbox.FontBoxFont.class, org.apache.commons.logging.LogFactory.class,
                org.apache.poi.xssf.usermodel.XSSFWorkbook.class, org.apache.poi.ss.usermodel.Workbook.class,
                org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook.class,
                org.apache.xmlbeans.XmlObject.class, org.apache.commons.compress.archivers.ArchiveEntry.class,
                org.apache.commons.io.IOUtils.class, org.apache.commons.lang3.StringUtils.class,
                org.apache.commons.codec.digest.DigestUtils.class, org.apache.commons.math3.util.FastMath.class,
                com.zaxxer.sparsebits.SparseBitSet.class, org.apache.logging.log4j.LogManager.class}) {
            web.addAsLibrary(pathOf(type).toFile());
        }
        ear.delete("crm-web.war");
        ear.addAsModule(web);
        return ear;
    }

    private static Path pathOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
