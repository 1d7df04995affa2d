package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportMailDomainsTest {

    @Test
    void nothingConfiguredAllowsAnyDomain() {
        assertTrue(ReportMailDomains.of(null).allows("anyone@anywhere.example"));
        assertTrue(ReportMailDomains.of(" , ").allows("anyone@anywhere.example"));
        assertTrue(ReportMailDomains.of("*").allows("anyone@anywhere.example"), "the server's default");
    }

    @Test
    void onlyTheListedDomainsExactlyAndWithoutCase() {
        ReportMailDomains allowed = ReportMailDomains.of(" Corp.Example, books.example ,");
        assertTrue(allowed.allows("daniel@corp.example"));
        assertTrue(allowed.allows("Audit@BOOKS.example"));
        assertFalse(allowed.allows("daniel@gmail.example"));
        assertFalse(allowed.allows("daniel@evil-corp.example"));
        assertFalse(allowed.allows("daniel@corp.example.evil.example"));
        assertEquals("books.example, corp.example", allowed.inWords());
    }
}
