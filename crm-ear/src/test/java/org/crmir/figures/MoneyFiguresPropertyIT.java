package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import jakarta.ejb.EJB;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.PaymentService;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the jqwik property {@link MoneyFiguresProperties} in the server: Arquillian's JUnit 5 extension cannot drive
 * jqwik's engine, so this test launches it through the JUnit Platform Launcher with the real services, and fails
 * with the launcher's failures and jqwik's report (the shrunk sample among it).
 */
@ExtendWith(ArquillianExtension.class)
class MoneyFiguresPropertyIT {

    @EJB
    Fixtures fixtures;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    FigureBook book;

    @Test
    void randomSequencesOfMoneyStepsKeepTheSummaryTablesRight() throws Exception {
        fixtures.usersExist();
        MoneyFiguresProperties.services = new MoneySequences.Services(invoices, payments, asSales, asFinance,
                () -> asAdmin.call(() -> book.check()),
                () -> fixtures.client("Property", c -> c.setCurrency(MoneySequences.CURRENCY)));
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        StringWriter report = new StringWriter();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(MoneyFiguresProperties.class))
                .filters(EngineFilter.includeEngines("jqwik")).build(), summary, new TestExecutionListener() {
                    @Override
                    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                        entry.getKeyValuePairs().forEach((key, value) -> report.append(key).append(" = ")
                                .append(value).append('\n'));
                    }

                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        result.getThrowable().ifPresent(t -> report.append(test.getDisplayName()).append(": ")
                                .append(String.valueOf(t)).append('\n'));
                    }
                });
        TestExecutionSummary result = summary.getSummary();
        if (result.getTotalFailureCount() > 0) {
            StringWriter failures = new StringWriter();
            result.printFailuresTo(new PrintWriter(failures), 25);
            fail(failures + "\n" + report);
        }
        assertEquals(1, result.getTestsSucceededCount(), "the property ran: " + report);
    }
}
