package org.crmir.financereport;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The e-mail domains scheduled reports may be mailed to ({@code CRMIR_REPORT_MAIL_DOMAINS}, comma-separated, set
 * as the system property {@value #PROPERTY} by the server's configuration); none configured (or *) means any
 * domain.
 * Finance figures leave the company only where the company has said they may.
 */
public record ReportMailDomains(Set<String> domains) implements Serializable {

    public static final String PROPERTY = "crmir.report.mail.domains";

    public ReportMailDomains {
        domains = Set.copyOf(domains);
    }

    /** The domains of {@code configured} ("corp.example, Sub.Corp.Example"), lower case; null, blank or *: any. */
    public static ReportMailDomains of(String configured) {
        return new ReportMailDomains(configured == null ? Set.of() : Arrays.stream(configured.split(","))
                .map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty() && !d.equals("*"))
                .collect(Collectors.toSet()));
    }

    /** As the server is configured now. */
    public static ReportMailDomains configured() {
        return of(System.getProperty(PROPERTY));
    }

    /** Whether {@code address} (name@domain) may be mailed: its domain is listed exactly, or nothing is listed. */
    public boolean allows(String address) {
        int at = address.lastIndexOf('@');
        return domains.isEmpty() || at >= 0 && domains.contains(address.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** The domains in words, for a refusal: "corp.example, books.example". */
    public String inWords() {
        return domains.stream().sorted().collect(Collectors.joining(", "));
    }
}
